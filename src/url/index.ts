/**
 * polynode's `url`: Node 16.13.1's `url` module for the browser.
 *
 * - The legacy API — `parse`, `format`, `resolve`, `resolveObject` and the `Url` class —
 *   follows Node 16's algorithm step by step (whitespace trimming, backslashes, auth, IPv6,
 *   invalid host characters moved into the path, auto-escaping, `javascript:`, slashed
 *   protocols), checked against real Node 16 on thousands of random URLs
 *   (test/url/differential.test.ts).
 * - `URL` and `URLSearchParams` are the platform's own classes.
 * - `domainToASCII`/`domainToUnicode`, `fileURLToPath`/`pathToFileURL` (POSIX rules) and
 *   `urlToHttpOptions` are built on the platform's `URL`.
 *
 * Browser: host names with non-ASCII characters are mapped with the platform's IDNA (UTS #46)
 * where Node 16 uses ICU; for valid internationalised names both agree. Names the platform
 * rejects fall back to NFKC + lower case + Punycode, which matches Node for the common cases
 * only.
 *
 * @packageDocumentation
 */
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME,
  ERR_INVALID_FILE_URL_HOST,
  ERR_MISSING_ARGS,
} from '../internal/errors.js';
import { validateObject, validateString } from '../internal/validators.js';
import querystring, { escape as queryEscape } from '../querystring/index.js';
import { toUnicode as punycodeToUnicode, encode as punycodeEncode } from '../punycode/index.js';

/** The platform's WHATWG `URL` class (Node's `url.URL`). Browser: the browser's own class. */
export const URL: typeof globalThis.URL = globalThis.URL;

/** The platform's WHATWG `URLSearchParams` class (Node's `url.URLSearchParams`). Browser: the browser's own class. */
export const URLSearchParams: typeof globalThis.URLSearchParams = globalThis.URLSearchParams;

// ---------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------

const PROTOCOL = /^[a-z0-9.+-]+:/i;
const PORT = /:[0-9]*$/;
const AUTH_HOST = /^\/\/[^@/]+@[^@/]+/;
const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const HOSTNAME_MAX = 255;

function isHostless(proto: string | undefined): boolean {
  return proto === 'javascript' || proto === 'javascript:';
}

function isSlashed(proto: unknown): boolean {
  switch (proto) {
    case 'http': case 'http:': case 'https': case 'https:': case 'ftp': case 'ftp:':
    case 'gopher': case 'gopher:': case 'file': case 'file:': case 'ws': case 'ws:':
    case 'wss': case 'wss:':
      return true;
    default:
      return false;
  }
}

/** Characters that end the host part: tabs, spaces, quotes, `%;<>\^`{|}`, and / ? #. */
const HOST_STOP = /*#__PURE__*/ (() => {
  const t = new Uint8Array(128);
  for (const c of '\t\n\r "%\';<>\\^`{|}') t[c.charCodeAt(0)] = 1;
  for (const c of '#/?') t[c.charCodeAt(0)] = 2;
  t[64] = 3; // @
  return t;
})();

/** What `parse` escapes in the part after the host. */
const AUTO_ESCAPE: Record<number, string> = {
  9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22', 39: '%27', 60: '%3C', 62: '%3E',
  92: '%5C', 94: '%5E', 96: '%60', 123: '%7B', 124: '%7C', 125: '%7D',
};

function autoEscape(rest: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c > 125) continue;
    const e = AUTO_ESCAPE[c];
    if (e === undefined) continue;
    if (from < i) out += rest.slice(from, i);
    out += e;
    from = i + 1;
  }
  if (from === 0) return rest;
  return from < rest.length ? out + rest.slice(from) : out;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 0xa0 || c === 0xfeff;
}

function isIpv6Hostname(hostname: string): boolean {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

function isHostChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || c === 46 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 45 || c === 43 || c === 95 || c > 127
  );
}

// ---------------------------------------------------------------------------------------
// IDNA, the lenient way Node 16's url.parse uses it (ICU's UTS #46, errors ignored)
// ---------------------------------------------------------------------------------------

/** RFC 3492 decoding as ICU does it; null where ICU reports an error. */
function strictPunycode(input: string): number[] | null {
  const output: number[] = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) output.push(input.charCodeAt(j));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = 36; ; k += 36) {
      if (index >= input.length) return null;
      const c = input.charCodeAt(index++);
      const digit = c >= 48 && c <= 57 ? c - 22 : (c | 0x20) >= 97 && (c | 0x20) <= 122 ? (c | 0x20) - 97 : 36;
      if (digit >= 36 || digit > Math.floor((0x7fffffff - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      if (w > Math.floor(0x7fffffff / (36 - t))) return null;
      w *= 36 - t;
    }
    const out = output.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / 700) : (i - oldi) >> 1;
    delta += Math.floor(delta / out);
    let k = 0;
    while (delta > 455) {
      delta = Math.floor(delta / 35);
      k += 36;
    }
    bias = Math.floor(k + (36 * delta) / (delta + 38));
    if (Math.floor(i / out) > 0x10ffff - n) return null;
    n += Math.floor(i / out);
    i %= out;
    if (n >= 0xd800 && n <= 0xdfff) return null;
    output.splice(i++, 0, n);
  }
  return output;
}

/** True when the platform's IDNA maps `unicode` to the ACE label `ace` (so it is valid and normalised). */
function platformMapsTo(unicode: string, ace: string): boolean {
  try {
    return new URL(`http://${unicode}/`).hostname === ace;
  } catch {
    return false;
  }
}

/**
 * An ASCII label as ICU's lenient toASCII leaves it: unchanged, except that a bad `xn--`
 * label (Punycode that does not decode, decodes to ASCII only, or to a label that IDNA
 * would map differently) made of letters, digits and hyphens gets a U+FFFD appended.
 */
function asciiLabel(label: string): string {
  if (label.length < 4 || label.charCodeAt(2) !== 45 || label.charCodeAt(3) !== 45 || label.slice(0, 2) !== 'xn') return label;
  const decoded = strictPunycode(label.slice(4));
  if (decoded !== null && decoded.some((c) => c >= 0x80)) {
    const unicode = String.fromCodePoint(...decoded);
    if (unicode.normalize('NFC') === unicode && platformMapsTo(unicode, label)) return label;
  }
  for (let i = 4; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || (c >= 65 && c <= 90))) return label;
  }
  return label + '\ufffd';
}

const ASCII_ONLY = /^[\0-\x7f]*$/;

/**
 * A label with non-ASCII characters: the platform's UTS #46 when it accepts the label;
 * else character by character: NFKC + lower case, characters the platform rejects become
 * U+FFFD, and such a label stays in Unicode (ICU does not Punycode a label with errors).
 */
function unicodeLabel(label: string): string {
  try {
    // Accept only a clean label: some engines percent-encode what IDNA maps to ASCII
    // they reject (Chromium turns U+00A0 into 'a%20b' instead of failing).
    const host = new URL(`http://${label}/`).hostname;
    if (host !== '' && /^[a-z0-9_-]+$/.test(host)) return host;
  } catch {
    // map it character by character below
  }
  let mapped = '';
  let bad = false;
  for (const ch of label) {
    if (ch.charCodeAt(0) < 0x80) {
      mapped += ch;
      continue;
    }
    const m = ch.normalize('NFKC').toLowerCase();
    if (ASCII_ONLY.test(m)) {
      mapped += m;
      continue;
    }
    try {
      new URL(`http://${ch}/`);
      mapped += m;
    } catch {
      mapped += '\ufffd';
      bad = true;
    }
  }
  if (bad) return mapped;
  return ASCII_ONLY.test(mapped) ? asciiLabel(mapped) : 'xn--' + punycodeEncode(mapped);
}

function lenientToASCII(hostname: string): string {
  // The common case: plain ASCII without an ACE prefix is left as it is.
  if (ASCII_ONLY.test(hostname) && !hostname.includes('xn--')) return hostname;
  const labels = hostname.split(/[.\u3002\uff0e\uff61]/);
  let out = '';
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    out += (i ? '.' : '') + (ASCII_ONLY.test(label) ? asciiLabel(label) : unicodeLabel(label));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The legacy Url
// ---------------------------------------------------------------------------------------

/** The query of a parsed URL: a string, or with `parseQueryString` an object from `querystring.parse`. */
export type UrlQuery = string | Record<string, string | string[]> | null;

/**
 * Node's legacy `url.Url`: what `url.parse` returns. Every property starts as `null`, in
 * Node's order: protocol, slashes, auth, host, port, hostname, hash, search, query,
 * pathname, path, href. Like Node's, it is a plain function meant for `new`.
 */
export interface Url {
  protocol: string | null;
  slashes: boolean | null;
  auth: string | null;
  host: string | null;
  port: string | null;
  hostname: string | null;
  hash: string | null;
  search: string | null;
  query: UrlQuery;
  pathname: string | null;
  path: string | null;
  href: string | null;
  /** Parses `url` into this object (see {@link parse}). */
  parse(url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url;
  /** The URL string of this object (see {@link format}). */
  format(): string;
  /** Resolves `relative` against this URL, as a string. */
  resolve(relative: string): string;
  /** Resolves `relative` against this URL, as a new Url. */
  resolveObject(relative: string | Url): Url;
  /** Splits `host` into `hostname` and `port`. */
  parseHost(): void;
}

/** The constructor of {@link Url}. */
export interface UrlConstructor {
  new (): Url;
  prototype: Url;
}

/**
 * Builds Node's `Url` constructor: a plain function (as in Node) whose prototype methods are
 * enumerable, made by a pure call so that importing `url` without using it costs nothing.
 */
function makeUrl(): UrlConstructor {
  function Url(this: Url): void {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }
  Object.assign(Url.prototype, {
    parse(this: Url, url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
      return parseInto(this, url, parseQueryString, slashesDenoteHost);
    },
    format(this: Url): string {
      return formatUrl(this);
    },
    resolve(this: Url, relative: string): string {
      return this.resolveObject(parse(relative, false, true)).format();
    },
    resolveObject(this: Url, relative: string | Url): Url {
      return resolveInto(this, relative);
    },
    parseHost(this: Url): void {
      let host = this.host as string;
      const port = PORT.exec(host);
      if (port) {
        const text = port[0];
        if (text !== ':') this.port = text.slice(1);
        host = host.slice(0, host.length - text.length);
      }
      if (host) this.hostname = host;
    },
  });
  // Bundlers may rename the inner function; the name shows (`Url {…}` in inspect, constructor.name).
  Object.defineProperty(Url, 'name', { value: 'Url' });
  return Url as unknown as UrlConstructor;
}

/** Node's `url.Url`: the legacy URL object's constructor (all properties `null`). */
export const Url: UrlConstructor = /*#__PURE__*/ makeUrl();

const UrlClass = Url;

type Mutable = Record<string, unknown>;

function parseInto(self: Url, url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  validateString(url, 'url');

  // Trim whitespace; turn backslashes before the first ? or # into slashes.
  let hasHash = false;
  let start = -1;
  let end = -1;
  let rest = '';
  let lastPos = 0;
  for (let i = 0, inWs = false, split = false; i < url.length; ++i) {
    const code = url.charCodeAt(i);
    const ws = isWhitespace(code);
    if (start === -1) {
      if (ws) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!ws) {
        end = -1;
        inWs = false;
      }
    } else if (ws) {
      end = i;
      inWs = true;
    }
    if (!split) {
      if (code === 35) {
        hasHash = true;
        split = true;
      } else if (code === 63) split = true;
      else if (code === 92) {
        if (i > lastPos) rest += url.slice(lastPos, i);
        rest += '/';
        lastPos = i + 1;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    if (lastPos === start) {
      rest = end === -1 ? (start === 0 ? url : url.slice(start)) : url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }

  if (!slashesDenoteHost && !hasHash) {
    const simple = SIMPLE_PATH.exec(rest);
    if (simple) {
      self.path = rest;
      self.href = rest;
      self.pathname = simple[1]!;
      if (simple[2]) {
        self.search = simple[2];
        self.query = parseQueryString ? querystring.parse(self.search.slice(1)) : self.search.slice(1);
      } else if (parseQueryString) {
        self.search = null;
        self.query = Object.create(null) as Record<string, string>;
      }
      return self;
    }
  }

  let proto: string | undefined;
  let lowerProto: string | undefined;
  const protoMatch = PROTOCOL.exec(rest);
  if (protoMatch) {
    proto = protoMatch[0];
    lowerProto = proto.toLowerCase();
    self.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || AUTH_HOST.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && isHostless(lowerProto))) {
      rest = rest.slice(2);
      self.slashes = true;
    }
  }

  if (!isHostless(lowerProto) && (slashes || (proto && !isSlashed(proto)))) {
    // The host runs to the first / ? #; the auth to the last @ before that.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      const c = rest.charCodeAt(i);
      const kind = c < 128 ? HOST_STOP[c] : 0;
      if (kind === 1) {
        if (nonHost === -1) nonHost = i;
      } else if (kind === 2) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      } else if (kind === 3) {
        atSign = i;
        nonHost = -1;
      }
    }
    let hostStart = 0;
    if (atSign !== -1) {
      self.auth = decodeURIComponent(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      self.host = rest.slice(hostStart);
      rest = '';
    } else {
      self.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }

    self.parseHost();
    if (typeof self.hostname !== 'string') self.hostname = '';
    const hostname: string = self.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) {
      // An invalid character ends the host name; the rest goes to the path.
      for (let i = 0; i < hostname.length; ++i) {
        if (!isHostChar(hostname.charCodeAt(i))) {
          self.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    if (self.hostname.length > HOSTNAME_MAX) self.hostname = '';
    else self.hostname = self.hostname.toLowerCase();
    if (!ipv6 && self.hostname !== '') self.hostname = lenientToASCII(self.hostname);

    self.host = (self.hostname || '') + (self.port ? ':' + self.port : '');
    if (ipv6) {
      self.hostname = self.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!isHostless(lowerProto)) rest = autoEscape(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      self.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      self.search = rest.slice(questionIdx);
      self.query = rest.slice(questionIdx + 1);
    } else {
      self.search = rest.slice(questionIdx, hashIdx);
      self.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) self.query = querystring.parse(self.query);
  } else if (parseQueryString) {
    self.search = null;
    self.query = Object.create(null) as Record<string, string>;
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) self.pathname = rest;
  } else if (firstIdx > 0) {
    self.pathname = rest.slice(0, firstIdx);
  }
  if (isSlashed(lowerProto) && self.hostname && !self.pathname) self.pathname = '/';

  if (self.pathname || self.search) self.path = (self.pathname || '') + (self.search || '');
  self.href = self.format();
  return self;
}

function formatUrl(self: Url): string {
  let auth = self.auth || '';
  if (auth) {
    // Node's auth set is querystring.escape's plus ':'.
    auth = queryEscape(auth);
    if (auth.includes('%3A')) auth = auth.replace(/%3A/g, ':');
    auth += '@';
  }
  let protocol = self.protocol || '';
  let pathname = self.pathname || '';
  let hash = self.hash || '';
  let host = '';
  let query = '';

  if (self.host) {
    host = auth + self.host;
  } else if (self.hostname) {
    const hostname = self.hostname;
    host = auth + (hostname.includes(':') && !isIpv6Hostname(hostname) ? '[' + hostname + ']' : hostname);
    if (self.port) host += ':' + self.port;
  }
  if (self.query !== null && typeof self.query === 'object') query = querystring.stringify(self.query);
  let search = self.search || (query && '?' + query) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  if (self.slashes || isSlashed(protocol)) {
    if (self.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (search.includes('#')) search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
}

function copyKeys(target: Url, source: Url, except?: string): void {
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== except) (target as unknown as Mutable)[key] = (source as unknown as Mutable)[key];
  }
}

function hostToAuth(result: Url): void {
  // Occasionally the auth gets stuck in the host (mailto:local1@domain1 + local2@domain2).
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts.shift()!;
    result.host = result.hostname = parts.shift()!;
  }
}

function removeAt(list: string[], index: number): void {
  list.splice(index, 1);
}

function resolveInto(self: Url, relativeInput: string | Url): Url {
  let relative: Url;
  if (typeof relativeInput === 'string') {
    relative = new UrlClass();
    relative.parse(relativeInput, false, true);
  } else {
    relative = relativeInput;
  }
  const result = new UrlClass();
  copyKeys(result, self);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  if (relative.slashes && !relative.protocol) {
    copyKeys(result, relative, 'protocol');
    if (isSlashed(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!isSlashed(relative.protocol)) {
      copyKeys(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !isHostless(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()!));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs: unknown = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath: (string | undefined)[] = (result.pathname && result.pathname.split('/')) || [];
  const relPath: (string | undefined)[] = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !isSlashed(result.protocol);

  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift() as string;
      hostToAuth(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') removeAt(srcPath as string[], i);
    else if (last === '..') {
      removeAt(srcPath as string[], i);
      up++;
    } else if (up) {
      removeAt(srcPath as string[], i);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) while (up--) srcPath.unshift('..');

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? (srcPath.shift() as string) : '';
    hostToAuth(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}


/**
 * Node's legacy `url.parse(urlString[, parseQueryString[, slashesDenoteHost]])`: a
 * {@link Url} with Node 16's exact algorithm. `parseQueryString` parses the query with
 * `querystring.parse`; `slashesDenoteHost` reads `//host/path` as a host. A `Url` given in
 * is returned as it is. Throws `ERR_INVALID_ARG_TYPE` for a non-string, and a URIError for
 * a malformed `%` sequence in the auth part, as Node does.
 *
 * Browser: non-ASCII host names go through the platform's IDNA mapping (see the module note).
 */
export function parse(url: string | Url, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  if (url instanceof UrlClass) return url;
  const result = new UrlClass();
  result.parse(url as string, parseQueryString, slashesDenoteHost);
  return result;
}

/** The options of `format` for a WHATWG `URL`. */
export interface URLFormatOptions {
  /** Keep the user name and password (default true). */
  auth?: boolean;
  /** Keep the fragment (default true). */
  fragment?: boolean;
  /** Keep the query (default true). */
  search?: boolean;
  /** Write the host in Unicode (default false). */
  unicode?: boolean;
}

function formatWhatwg(url: globalThis.URL, options?: URLFormatOptions): string {
  if (options) validateObject(options, 'options');
  const opts = { fragment: true, unicode: false, search: true, auth: true, ...options };
  let href = url.href;
  let fragment = '';
  const hashAt = href.indexOf('#');
  if (hashAt !== -1) {
    fragment = href.slice(hashAt);
    href = href.slice(0, hashAt);
  }
  let query = '';
  const queryAt = href.indexOf('?');
  if (queryAt !== -1) {
    query = href.slice(queryAt);
    href = href.slice(0, queryAt);
  }
  const scheme = url.protocol;
  let out = scheme;
  let path = href.slice(scheme.length);
  if (path.startsWith('//')) {
    // Authority: [user[:pass]@]host[:port], then the path.
    const authority = path.slice(2);
    const slash = authority.indexOf('/');
    const hostEnd = slash === -1 ? authority.length : slash;
    path = authority.slice(hostEnd);
    out += '//';
    if (opts.auth && (url.username !== '' || url.password !== '')) {
      if (url.username !== '') out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += opts.unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port !== '') out += ':' + url.port;
  }
  out += path;
  if (opts.search) out += query;
  if (opts.fragment) out += fragment;
  return out;
}

/**
 * Node's `url.format(urlObject[, options])`: a legacy {@link Url} or any object with its
 * properties, written back as a string; a string is parsed first (and so cleaned up); a
 * WHATWG `URL` is written with `options` (`auth`, `fragment`, `search`, `unicode`).
 * Throws `ERR_INVALID_ARG_TYPE` for anything else.
 */
export function format(urlObject: unknown, options?: URLFormatOptions): string {
  if (typeof urlObject === 'string') return parse(urlObject).format();
  if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], urlObject);
  }
  if (urlObject instanceof UrlClass) return urlObject.format();
  if (typeof URL === 'function' && urlObject instanceof URL) return formatWhatwg(urlObject, options);
  return formatUrl(urlObject as Url);
}

/**
 * Node's legacy `url.resolve(from, to)`: resolves `to` against `from` the way a browser
 * resolves a link, with Node 16's legacy algorithm.
 */
export function resolve(from: string, to: string): string {
  return parse(from, false, true).resolve(to);
}

/** Node's legacy `url.resolveObject(from, to)`: {@link resolve} giving a {@link Url}. A falsy `from` returns `to`. */
export function resolveObject(from: string | Url, to: string | Url): Url | string {
  if (!from) return to;
  return parse(from, false, true).resolveObject(to);
}

// ---------------------------------------------------------------------------------------
// Domains, file URLs, http options
// ---------------------------------------------------------------------------------------

/** Characters that can never be in a domain given to domainToASCII (Node 16's forbidden host code points). */
const FORBIDDEN_DOMAIN = /[\0\t\n\r #/:<>?@[\\\]^]/;

/**
 * Node's `url.domainToASCII(domain)`: the ASCII serialisation of a domain (IDNA, IPv4 numbers
 * normalised), or `''` when it is invalid. Throws `ERR_MISSING_ARGS` without an argument.
 *
 * Browser: the platform's URL host parser does the work; for names with unusual control or
 * IDNA-disallowed characters the verdict may differ from Node 16's ICU.
 */
export function domainToASCII(domain: string): string {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const text = `${domain}`;
  if (isIpv6Hostname(text)) {
    if (/[^0-9a-fA-F:.[\]]/.test(text)) return '';
  } else if (FORBIDDEN_DOMAIN.test(text) || text === '') return '';
  try {
    return new URL(`http://${text}/`).hostname;
  } catch {
    return '';
  }
}

/**
 * Node's `url.domainToUnicode(domain)`: the Unicode serialisation of a domain, or `''` when
 * it is invalid. Throws `ERR_MISSING_ARGS` without an argument.
 *
 * Browser: as {@link domainToASCII}, then each `xn--` label decoded.
 */
export function domainToUnicode(domain: string): string {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const ascii = domainToASCII(domain);
  if (ascii === '' || isIpv6Hostname(ascii)) return ascii;
  try {
    return punycodeToUnicode(ascii);
  } catch {
    return '';
  }
}

function isUrlLike(value: unknown): value is globalThis.URL {
  return value != null && !!(value as { href?: unknown }).href && !!(value as { origin?: unknown }).origin;
}

/**
 * Node's `url.fileURLToPath(url)`: the path of a `file:` URL (string or URL), with POSIX
 * rules. Throws `ERR_INVALID_ARG_TYPE`, `ERR_INVALID_URL` (unparsable string),
 * `ERR_INVALID_URL_SCHEME` (not `file:`), `ERR_INVALID_FILE_URL_HOST` (a host) and
 * `ERR_INVALID_FILE_URL_PATH` (an encoded `/`).
 *
 * Browser: polynode's `process.platform` is POSIX-like, so Windows rules (drive letters, UNC
 * hosts) are not applied; the host error names `linux`, as Node on Linux does.
 */
export function fileURLToPath(path: string | globalThis.URL): string {
  let url: globalThis.URL;
  if (typeof path === 'string') {
    try {
      url = new URL(path);
    } catch {
      throw new ERR_INVALID_URL(path);
    }
  } else if (!isUrlLike(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  } else {
    url = path;
  }
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  // The host as written in href: Chromium keeps 'localhost' (the empty host of a file URL
  // in the URL standard) and Firefox reports hostname '' for file://host/path.
  // For a string, read the host from the text itself as well (Firefox drops it).
  const authority = /^file:\/\/([^/?#]*)/i.exec(url.href);
  let host = authority ? authority[1]! : url.hostname;
  if (host === '' && typeof path === 'string') {
    const written = /^[\0- ]*file:[\t\n\r]*[/\\][\t\n\r]*[/\\]([^/\\?#]*)/i.exec(path);
    if (written) host = written[1]!.replace(/[\t\n\r]/g, '').toLowerCase();
  }
  if (host !== '' && host !== 'localhost') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = (pathname.codePointAt(n + 2)! | 0x20);
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

/** POSIX `path.resolve(p)` against the root (polynode's working directory is `/`). */
function resolvePosix(p: string): string {
  const segments: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return '/' + segments.join('/');
}

/**
 * Node's `url.pathToFileURL(path)`: a `file:` URL (the platform's `URL`) for a POSIX path,
 * resolved to an absolute path, with `%`, `\`, newlines and tabs escaped and a trailing `/`
 * kept. Throws `ERR_INVALID_ARG_TYPE` for a non-string.
 *
 * Browser: relative paths resolve against `/` (polynode's `process.cwd()`); Windows paths
 * are not recognised (the platform is POSIX-like).
 */
export function pathToFileURL(filepath: string): globalThis.URL {
  validateString(filepath, 'path');
  const out = new URL('file://');
  let resolved = resolvePosix(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  out.pathname = resolved;
  return out;
}

/** The options `urlToHttpOptions` gives: what `http.request` takes. */
export interface HttpOptions {
  protocol: string;
  hostname: string;
  hash: string;
  search: string;
  pathname: string;
  path: string;
  href: string;
  port?: number;
  auth?: string;
}

/**
 * Node's `url.urlToHttpOptions(url)`: the `http.request` options of a WHATWG URL (IPv6
 * brackets removed from `hostname`, `port` a number when present, `auth` decoded).
 */
export function urlToHttpOptions(url: globalThis.URL): HttpOptions {
  const options: HttpOptions = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

/** Node's `url` module object: what `import url from 'url'` and `require('url')` give. */
const urlModule = {
  Url,
  parse,
  resolve,
  resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
export default urlModule;
