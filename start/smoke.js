// Per-module smoke checks for the status page (start/index.html). Plain browser JavaScript,
// loaded as is: no build step, no imports from src/.
//
// SMOKE[id] maps a check's name (a sentence) to a function that receives the module's
// namespace, as `import * as ns from 'polynode/<id>'` gives it (`ns.default` is what
// require() returns). A check passes when it returns or resolves to anything but `false`;
// it fails when it returns false, throws, rejects, or takes longer than 5 seconds. Use
// `same(actual, expected)` so a failure says what the value was.
//
// Add checks here when a module lands: a few quick facts that prove it is wired up in a
// real browser (the unit tests are where behaviour is tested in depth). Every check listed
// must hold today; the status page test fails on any failing check.

/** Passes when `actual` is `expected` (Object.is); otherwise throws naming both. */
export function same(actual, expected) {
  if (!Object.is(actual, expected)) throw new Error(`expected ${show(expected)}, got ${show(actual)}`);
  return true;
}

/** Passes when `value` is a Symbol.for() or plain symbol with this description. */
export function symbolNamed(value, description) {
  if (typeof value !== 'symbol') throw new Error(`expected a symbol, got ${show(value)}`);
  return same(value.description, description);
}

function show(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value).slice(0, 80);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

/** @type {Record<string, Record<string, (ns: any) => unknown>>} */
export const SMOKE = {
  buffer: {
    'kMaxLength is constants.MAX_LENGTH': (ns) => same(ns.kMaxLength, ns.constants.MAX_LENGTH),
    'kStringMaxLength is constants.MAX_STRING_LENGTH': (ns) => same(ns.kStringMaxLength, ns.constants.MAX_STRING_LENGTH),
    'INSPECT_MAX_BYTES is 50': (ns) => same(ns.INSPECT_MAX_BYTES, 50),
  },
  constants: {
    'O_RDONLY is 0': (ns) => same(ns.default.O_RDONLY, 0),
    'O_CREAT is 64 (Linux)': (ns) => same(ns.default.O_CREAT, 64),
    'SIGINT is 2': (ns) => same(ns.default.SIGINT, 2),
    'ENOENT is 2': (ns) => same(ns.default.ENOENT, 2),
  },
  dns: {
    'NOTFOUND is "ENOTFOUND"': (ns) => same(ns.NOTFOUND, 'ENOTFOUND'),
    'ADDRCONFIG is 32 (Linux)': (ns) => same(ns.ADDRCONFIG, 32),
  },
  events: {
    'defaultMaxListeners is 10': (ns) => same(ns.defaultMaxListeners, 10),
    'captureRejectionSymbol is Symbol.for("nodejs.rejection")': (ns) => same(ns.captureRejectionSymbol, Symbol.for('nodejs.rejection')),
    'errorMonitor is the events.errorMonitor symbol': (ns) => symbolNamed(ns.errorMonitor, 'events.errorMonitor'),
  },
  fs: {
    'F_OK, R_OK, W_OK, X_OK are 0, 4, 2, 1': (ns) => [ns.F_OK, ns.R_OK, ns.W_OK, ns.X_OK].join() === '0,4,2,1',
    'constants.O_RDONLY is 0': (ns) => same(ns.constants.O_RDONLY, 0),
  },
  http: {
    'STATUS_CODES[404] is "Not Found"': (ns) => same(ns.STATUS_CODES[404], 'Not Found'),
    'METHODS lists GET and POST': (ns) => ns.METHODS.includes('GET') && ns.METHODS.includes('POST'),
    'maxHeaderSize is 16384': (ns) => same(ns.maxHeaderSize, 16384),
  },
  http2: {
    'constants.HTTP2_HEADER_STATUS is ":status"': (ns) => same(ns.constants.HTTP2_HEADER_STATUS, ':status'),
    'sensitiveHeaders is the nodejs.http2.sensitiveHeaders symbol': (ns) => symbolNamed(ns.sensitiveHeaders, 'nodejs.http2.sensitiveHeaders'),
  },
  module: {
    'builtinModules lists fs and zlib': (ns) => ns.builtinModules.includes('fs') && ns.builtinModules.includes('zlib'),
  },
  os: {
    'EOL is "\\n"': (ns) => same(ns.EOL, '\n'),
    'devNull is "/dev/null"': (ns) => same(ns.devNull, '/dev/null'),
    'constants.signals.SIGINT is 2': (ns) => same(ns.constants.signals.SIGINT, 2),
  },
  path: {
    'sep is "/" and delimiter is ":"': (ns) => same(ns.sep + ns.delimiter, '/:'),
    'win32.sep is "\\\\"': (ns) => same(ns.win32.sep, '\\'),
  },
  'path/posix': {
    'sep is "/"': (ns) => same(ns.sep, '/'),
  },
  'path/win32': {
    'sep is "\\\\" and delimiter is ";"': (ns) => same(ns.sep + ns.delimiter, '\\;'),
  },
  process: {
    'version is "v16.13.1"': (ns) => same(ns.version, 'v16.13.1'),
  },
  punycode: {
    'version is "2.1.0"': (ns) => same(ns.version, '2.1.0'),
  },
  tls: {
    'DEFAULT_MIN_VERSION is "TLSv1.2"': (ns) => same(ns.DEFAULT_MIN_VERSION, 'TLSv1.2'),
    'DEFAULT_MAX_VERSION is "TLSv1.3"': (ns) => same(ns.DEFAULT_MAX_VERSION, 'TLSv1.3'),
  },
  worker_threads: {
    'the page is the main thread': (ns) => same(ns.isMainThread, true),
    'threadId is 0': (ns) => same(ns.threadId, 0),
  },
  zlib: {
    'constants.Z_BEST_COMPRESSION is 9': (ns) => same(ns.constants.Z_BEST_COMPRESSION, 9),
    'codes maps Z_DATA_ERROR to -3 and back': (ns) => same(ns.codes.Z_DATA_ERROR, -3) && same(ns.codes[-3], 'Z_DATA_ERROR'),
  },
};
