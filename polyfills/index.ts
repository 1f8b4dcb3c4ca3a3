/**
 * Every polyfill at once: the entry of the CDN `<script>`. `./globals.js`,
 * `./web-streams.js` and `./stdio.js` (real stdout/stderr/stdin streams). The async-context
 * patches are not in it: they cost every promise a little, so `./async-context.js` is opt-in.
 *
 * @packageDocumentation
 */
import './globals.js';
import './web-streams.js';
import './stdio.js';
