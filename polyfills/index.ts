/**
 * Every polyfill at once: the entry of the CDN `<script>`. Today that is `./globals.js` and
 * `./web-streams.js`; the async-context engine joins with its issue.
 *
 * @packageDocumentation
 */
import './globals.js';
import './web-streams.js';
