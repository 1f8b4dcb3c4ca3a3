/**
 * Every polyfill at once: the entry of the CDN `<script>`. Today that is `./globals.js`;
 * web streams and the async-context engine join with their issues.
 *
 * @packageDocumentation
 */
import './globals.js';
