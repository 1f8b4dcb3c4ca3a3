/**
 * The module registry: every public module id of Node.js v16.13.1, with what polynode
 * does for it. This one list drives the `exports` map of package.json
 * (`npm run generate`), the README's module table, the export-name parity test and,
 * later, the bundler alias map. Change a status here when a module lands, then run
 * `npm run generate`; a test fails while package.json or the README have drifted.
 *
 * @packageDocumentation
 */

/**
 * How much of a module works in a browser:
 * - `full`: every export behaves as in Node 16;
 * - `partial`: works, with the listed gaps (which throw Node-coded errors);
 * - `planned`: every export exists, but they are stubs that throw
 *   `ERR_METHOD_NOT_IMPLEMENTED` until the named issue lands;
 * - `unavailable`: a browser cannot do this (no sockets, no OS processes …); every
 *   export exists and throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM` when called.
 */
export type ModuleStatus = 'full' | 'partial' | 'planned' | 'unavailable';

/** One entry of the registry. */
export interface ModuleInfo {
  /** The id exactly as Node spells it, without `node:` (`fs/promises`, `_stream_readable`). */
  readonly id: string;
  readonly status: ModuleStatus;
  /** One line: what works, what does not, and why. */
  readonly note: string;
  /** The issue tag that builds (or built) the module, e.g. `[buffer]`. */
  readonly issue?: string;
  /** For an id that is another id under a second name (`sys` → `util`). */
  readonly aliasOf?: string;
  /**
   * Export names polynode adds on purpose, beyond Node's (documented polynode extensions).
   * The parity test rejects any other extra name.
   */
  readonly extensions?: readonly string[];
}

const BUFFER = '[buffer]';
const CORE_TRIO = '[events, util, assert]';
const RUNTIME = '[process, timers, path, url & the small modules]';
const STREAM = '[stream]';
const ASYNC_HOOKS = '[async_hooks]';
const THREADS = '[worker_threads, child_process]';
const CRYPTO = '[crypto]';
const ZLIB = '[zlib]';

/** Every public module id of Node 16.13.1 plus the legacy `_stream_*` ids, sorted. */
export const MODULES: readonly ModuleInfo[] = [
  { id: '_stream_duplex', status: 'partial', issue: STREAM, note: "Legacy id: stream.Duplex (see stream)." },
  { id: '_stream_passthrough', status: 'partial', issue: STREAM, note: "Legacy id: stream.PassThrough (see stream)." },
  { id: '_stream_readable', status: 'partial', issue: STREAM, note: "Legacy id: stream.Readable (see stream)." },
  { id: '_stream_transform', status: 'partial', issue: STREAM, note: "Legacy id: stream.Transform (see stream)." },
  { id: '_stream_wrap', status: 'unavailable', note: 'Legacy id: wraps a stream as a net socket handle; there are no socket handles in a browser.' },
  { id: '_stream_writable', status: 'partial', issue: STREAM, note: "Legacy id: stream.Writable (see stream)." },
  { id: 'assert', status: 'full', issue: CORE_TRIO, note: "Every assertion with Node 16's comparison algorithms and messages (the + actual - expected diff), AssertionError, CallTracker. Browser: ok(falsy) without a message cannot quote the caller's source; it prints what Node prints when the source is unreadable." },
  { id: 'assert/strict', status: 'full', issue: CORE_TRIO, aliasOf: 'assert', note: 'assert in strict mode (assert.strict).' },
  { id: 'async_hooks', status: 'partial', issue: ASYNC_HOOKS, note: "AsyncLocalStorage and AsyncResource over a zone-like context engine (patches installed on first use): promise chains, queueMicrotask, timers, nextTick, setImmediate, rAF keep the store; works beside zone.js; 'uncaughtException' and 'unhandledRejection' listeners run in the context of the throw / of the promise. Browser: code after a native await loses it unless built with the await-lowering step (asyncContext option; then it matches Node); createHook sees only AsyncResources; a rejection of a promise made by new Promise() or a native async function reaches 'unhandledRejection' with no store." },
  { id: 'buffer', status: 'full', issue: BUFFER, note: "Buffer with every method and encoding, Node's errors, the platform's fast paths; atob/btoa/transcode as Node 16. Browser: Blob is the platform's, resolveObjectURL finds no blob:nodedata: URL (there are none), Buffer() prints no DEP0005." },
  { id: 'child_process', status: 'partial', issue: THREADS, extensions: ['registerCommand'], note: "fork() of JavaScript modules over Web Workers (send/'message' with json or advanced serialization, disconnect, kill → exit(null, signal), silent stdio streams, signal/timeout); spawn/execFile/exec run `node <script>`/`node -e` and commands registered with registerCommand(name, handler); unknown commands fail as Node 16 (spawn x ENOENT, exec exit 127); util.promisify(exec/execFile) resolves { stdout, stderr }. Browser: children are Web Workers in the same browser process; exec has no shell operators; execSync/execFileSync/spawnSync throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM." },
  { id: 'cluster', status: 'unavailable', issue: THREADS, note: "The page is the primary: isPrimary/isMaster true, isWorker false, settings, setupPrimary/setupMaster and disconnect work; fork() and cluster.Worker throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (clustering shares server sockets between OS processes — use child_process.fork or worker_threads)." },
  { id: 'console', status: 'full', issue: RUNTIME, note: "The Console class over any writable, formatting exactly like Node 16 (table, group, count, time, dir, assert, trace); the named exports forward to the page's console." },
  { id: 'constants', status: 'full', note: "Node 16.13.1's merged constants object (Linux x64 values: errno, signals, priorities, fs, crypto)." },
  { id: 'crypto', status: 'partial', issue: CRYPTO, note: "createHash/createHmac (Transform streams too) for every OpenSSL digest a browser build can serve, getHashes; ciphers createCipheriv/createDecipheriv (aes-128/192/256 cbc, ecb, ctr, cfb, cfb8, cfb1, ofb, gcm; chacha20, chacha20-poly1305; des-ede3, des-ede3-cbc) with padding, AAD and auth tags, createCipher; createSecretKey/KeyObject (secret keys); randomness, timingSafeEqual, pbkdf2, hkdf, scrypt, checkPrime/generatePrime; webcrypto is the platform's — equal to Node 16 on random differential cases; MD5, SHA-1 and SHA-224/256 (and their HMAC, PBKDF2) are polynode's own code (4× crypto-browserify's speed in Chromium), the other digests @noble/hashes, ciphers @noble/ciphers. Not built: sign/verify, ECDH/DH, key pairs, public/private KeyObjects, X509Certificate (ERR_METHOD_NOT_IMPLEMENTED); getCurves() is []." },
  { id: 'dgram', status: 'unavailable', note: 'UDP sockets cannot be opened from a web page.' },
  { id: 'diagnostics_channel', status: 'full', issue: RUNTIME, note: "channel, hasSubscribers, Channel with Node 16.13.1's own quirks. Browser: a subscriber's error is reported through queueMicrotask." },
  { id: 'dns', status: 'unavailable', note: 'A page cannot query DNS resolvers (DNS-over-HTTPS would be a different API); constants are present.' },
  { id: 'dns/promises', status: 'unavailable', note: 'A page cannot query DNS resolvers.' },
  { id: 'domain', status: 'partial', issue: RUNTIME, note: "Domains over EventEmitter: create/run/bind/intercept/add/remove/enter/exit. Browser: async work started in a domain is not tracked." },
  { id: 'events', status: 'partial', issue: CORE_TRIO, note: "EventEmitter complete to Node 16 (listener order, errors, leak warning, captureRejections), once/on with AbortSignal. Browser: getEventListeners(EventTarget) throws (a page cannot list a target's listeners); warnings print through console.warn until process lands." },
  { id: 'fs', status: 'planned', note: 'A file system over memory, OPFS and IndexedDB; not scheduled in an issue yet.' },
  { id: 'fs/promises', status: 'planned', note: 'Promise API of fs; not scheduled in an issue yet.' },
  { id: 'http', status: 'unavailable', note: 'A page cannot listen on a port; a fetch-based client request is not scheduled yet. STATUS_CODES and METHODS are Node\'s.' },
  { id: 'http2', status: 'unavailable', note: 'HTTP/2 sessions need raw sockets; constants are Node\'s.' },
  { id: 'https', status: 'unavailable', note: 'A page cannot listen on a port or open TLS sockets.' },
  { id: 'inspector', status: 'unavailable', note: 'The V8 inspector protocol is not reachable from a page.' },
  { id: 'module', status: 'partial', issue: RUNTIME, note: "builtinModules, createRequire (every builtin id, with or without node:, to polynode; Node's MODULE_NOT_FOUND otherwise). Browser: loading files (load, _compile, runMain) is unavailable." },
  { id: 'net', status: 'unavailable', note: 'TCP and IPC sockets cannot be opened from a web page; isIP/isIPv4/isIPv6 are planned.' },
  { id: 'os', status: 'partial', issue: RUNTIME, note: "Every function with Node's shapes and os.constants (Linux values). Browser: cpus, memory, hostname, release come from navigator/location (see the table); priorities are recorded, not applied; other pids throw ESRCH." },
  { id: 'path', status: 'full', issue: RUNTIME, note: "POSIX and win32 path functions, equal to Node 16 on 240,000 random cases. Browser: resolve() starts from polynode's process.cwd() ('/' unless chdir'd)." },
  { id: 'path/posix', status: 'full', issue: RUNTIME, note: 'path.posix (the same object as path).' },
  { id: 'path/win32', status: 'full', issue: RUNTIME, note: 'path.win32, including drive-relative and UNC paths.' },
  { id: 'perf_hooks', status: 'partial', issue: RUNTIME, note: "performance (methods work destructured), timerify, histograms, monitorEventLoopDelay, observers from the platform. Browser: eventLoopUtilization is approximate (idle time cannot be seen); histograms keep exact values." },
  { id: 'process', status: 'partial', issue: RUNTIME, extensions: ['browser'], note: "One shared process object: env, argv, cwd/chdir (virtual), nextTick ahead of promise callbacks, hrtime, emitWarning, exit, stdout/stderr to the console (real streams, and a stdin fed by the page, with polynode/polyfills/stdio). Browser: platform 'browser', no OS ids or signals; exit() stops polynode's ticks and timers but not the page; setuid & co., dlopen and report throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM." },
  { id: 'punycode', status: 'full', issue: RUNTIME, note: "RFC 3492 encode/decode, toASCII/toUnicode, ucs2, version 2.1.0, with its errors. Browser: no DEP0040 warning at import (importing does nothing)." },
  { id: 'querystring', status: 'full', issue: RUNTIME, note: "parse/stringify/escape/unescape equal to Node 16 on 5,000-case fuzz runs (maxKeys, custom separators and decoders, malformed escapes)." },
  { id: 'readline', status: 'full', issue: STREAM, note: "createInterface/Interface over any Readable (line splitting as Node 16, also when a chunk ends between \\r and \\n), question with AbortSignal, async iteration, terminal editing, history, emitKeypressEvents, cursor helpers. Browser: several completions are listed one per line, not in Node's columns." },
  { id: 'repl', status: 'unavailable', note: 'An interactive Node REPL needs a terminal and vm contexts; not offered in a page.' },
  { id: 'stream', status: 'partial', issue: STREAM, note: "Node streams on readable-stream 4.8 wired to polynode's Buffer, events, nextTick and errors (one copy of each): Readable/Writable/Duplex/Transform/PassThrough, pipeline, finished, compose, Readable.from, async iteration. Browser: the engine is Node 18.19's, so pipeline calls back after every stream closed, a missing pipeline callback is ERR_INVALID_ARG_TYPE, and an early break destroys with AbortError (3 of 45 golden scenarios)." },
  { id: 'stream/consumers', status: 'full', issue: STREAM, note: "text, json, buffer, arrayBuffer, blob over Node streams, web streams and iterables." },
  { id: 'stream/promises', status: 'full', issue: STREAM, note: "pipeline (with { signal }) and finished as promises." },
  { id: 'stream/web', status: 'full', issue: STREAM, note: "The platform's WHATWG streams; web-streams-polyfill only for a class the browser lacks (loaded lazily)." },
  { id: 'string_decoder', status: 'full', issue: BUFFER, note: 'StringDecoder for every encoding, holding back split characters exactly where Node does.' },
  { id: 'sys', status: 'partial', issue: CORE_TRIO, aliasOf: 'util', note: 'Deprecated alias of util (see util).' },
  { id: 'timers', status: 'full', issue: RUNTIME, note: "Node's Timeout/Immediate objects (ref/unref/refresh/close, numeric ids), setImmediate over MessageChannel without the 4 ms clamp, promisify support. Browser: setInterval re-arms a platform timer, so the browser's nesting clamp applies." },
  { id: 'timers/promises', status: 'full', issue: RUNTIME, note: "setTimeout, setImmediate, setInterval (async iterator) with { signal, ref } and Node's AbortError." },
  { id: 'tls', status: 'unavailable', note: 'TLS sockets cannot be opened from a web page; constants are Node\'s.' },
  { id: 'trace_events', status: 'unavailable', note: 'V8 trace events are not reachable from a page.' },
  { id: 'tty', status: 'full', issue: RUNTIME, note: "isatty is false; constructing ReadStream/WriteStream throws Node's ERR_TTY_INIT_FAILED, as Node does for a descriptor that is not a terminal (a page has none)." },
  { id: 'url', status: 'partial', issue: RUNTIME, note: "Legacy parse/format/resolve/resolveObject equal to Node 16 on 5,000-case fuzz runs; URL/URLSearchParams are the platform's; file URL helpers and urlToHttpOptions. Browser: non-ASCII host names go through the browser's IDNA, not ICU; fileURLToPath/pathToFileURL use POSIX rules." },
  { id: 'util', status: 'partial', issue: CORE_TRIO, note: "inspect (every option) and format with Node 16's output, promisify, callbackify, inherits, deprecate, debuglog, isDeepStrictEqual, types, errno names. Browser: a Promise's state, Proxies and Map/Set iterator contents cannot be seen, so inspect prints <pending>, the target, and no preview." },
  { id: 'util/types', status: 'partial', issue: CORE_TRIO, note: 'Every predicate, by brand checks that work across realms. Browser: isProxy and isExternal are always false (not detectable).' },
  { id: 'v8', status: 'unavailable', note: 'Heap statistics, snapshots and the V8 serializer are not reachable from a page.' },
  { id: 'vm', status: 'unavailable', note: 'V8 contexts are not reachable from a page; eval-based emulation would break strict CSPs.' },
  { id: 'worker_threads', status: 'partial', issue: THREADS, note: "Worker over a module Web Worker (URL or path, eval, workerData, env, argv, stdout/stderr/stdin streams, terminate() → exit code, Node's event order and exit codes), parentPort, MessageChannel/MessagePort with Node's on/once/ref/unref/close, BroadcastChannel, transfer lists, SharedArrayBuffer + Atomics, environment data; events run in the creator's async context. Browser: eval: true code runs as a Blob URL module (strict mode; the page's CSP must allow blob: scripts, not unsafe-eval); natural exit is judged from the work the bootstrap can see (timers, listeners, fetch, child workers); resourceLimits reported, not enforced; receiveMessageOnPort sees only arrived messages; getHeapSnapshot and moveMessagePortToContext throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM." },
  { id: 'zlib', status: 'partial', issue: ZLIB, note: "deflate/inflate/deflateRaw/inflateRaw/gzip/gunzip/unzip — sync, callback and as Transform streams (flush, params, reset, close, bytesWritten) — with every option and Node's errors, over pako 3, with the differences of Node 16's zlib (Chromium's fork of zlib 1.2.11: CRC-32C string hashing, its hash-table size, its window refill, stored blocks) patched into pako at build time, so compressed bytes equal Node 16's for 67 of 68 tested level/strategy/windowBits/memLevel settings on 105 inputs (the 68th, a gzip at level 1, differs on one input's last bytes) and for 21 of 24 random streams with flush() of every kind and params() (the others: a Z_BLOCK flush, gzip at level 1); every output inflates back. Brotli (BrotliCompress/BrotliDecompress, brotliCompress(Sync)/brotliDecompress(Sync), every params key) is brotli 1.0.9, the library Node 16 links, compiled to WebAssembly: Node's bytes for every setting and Node's error codes; the decoder (80 KB gzipped) and encoder (266 KB) load only with code that uses them. Browser: WebAssembly needs 'wasm-unsafe-eval' under a strict CSP (else ERR_FEATURE_UNAVAILABLE_ON_PLATFORM); the classic CDN script needs dist/polynode.brotli.js for brotli; callback forms and streams work in slices of the page's thread (at most ~8 ms per task; deflate reads 64 KiB per step), a brotli step cannot be cut. pako is bundled in two halves (deflate, inflate), each run on first use, so one-direction code carries one half. Partial: `import { gzipSync }` is 22.1 KB min+gzip by npm run size (`inflateSync` 19.7 KB; browserify-zlib: 59 KB; target 20: Buffer alone is 11.8 KB)." },
];

/** The registry entry for an id (with or without the `node:` prefix), or undefined. */
export function moduleInfo(id: string): ModuleInfo | undefined {
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  return MODULES.find((entry) => entry.id === bare);
}
