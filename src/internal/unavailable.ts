/**
 * Stubs for the export names polynode has not built yet, or that a browser can never
 * serve. Every Node 16 export name exists in every module; a stub throws only when it is
 * called (or constructed), never at import:
 * - `notImplemented('fs.readFile')` throws `ERR_METHOD_NOT_IMPLEMENTED` (not built yet);
 * - `unavailable('net.createServer')` throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`.
 *
 * Each stub carries a marker (`stubInfo(value)`) so tests, the README generator and the
 * status page can list them. The factories are called as `/*#__PURE__*\/` so an unused stub
 * costs nothing in a bundle.
 *
 * @packageDocumentation
 */
import { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_METHOD_NOT_IMPLEMENTED } from './errors.js';

/** Why an export is a stub. */
export type StubReason = 'not-implemented' | 'unavailable';

/** What the marker of a stub says. */
export interface StubInfo {
  /** The API it stands for, as Node names it (`fs.readFile`, `net.Server`). */
  readonly api: string;
  readonly reason: StubReason;
}

/** The marker's key; registered so that another copy of polynode reads the same marker. */
export const kStub: unique symbol = Symbol.for('polynode.stub') as never;

/** A function stub: throws when called. */
export type StubFunction = ((...args: unknown[]) => never) & { readonly [kStub]: StubInfo };
/** A class stub: throws when constructed. */
export type StubClass = (abstract new (...args: unknown[]) => object) & { readonly [kStub]: StubInfo };

function fail(info: StubInfo): never {
  throw info.reason === 'unavailable'
    ? new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(info.api)
    : new ERR_METHOD_NOT_IMPLEMENTED(info.api);
}

function mark<T extends object>(target: T, info: StubInfo): T {
  Object.defineProperty(target, kStub, { value: Object.freeze(info) });
  return target;
}

/** The last segment of an API name: `fs.promises.readFile` → `readFile`. */
function shortName(api: string): string {
  return api.slice(api.lastIndexOf('.') + 1);
}

function functionStub(api: string, reason: StubReason): StubFunction {
  const info = { api, reason };
  // A named function expression keeps `fn.name` equal to Node's (`readFile`).
  const stub = { [shortName(api)]: (..._args: unknown[]): never => fail(info) }[shortName(api)]!;
  return mark(stub, info) as StubFunction;
}

function classStub(api: string, reason: StubReason): StubClass {
  const info = { api, reason };
  const Stub = {
    [shortName(api)]: class {
      constructor() {
        fail(info);
      }
    },
  }[shortName(api)]!;
  return mark(Stub, info) as unknown as StubClass;
}

/** A function not built yet: calling it throws `ERR_METHOD_NOT_IMPLEMENTED` naming `api`. */
export function notImplemented(api: string): StubFunction {
  return functionStub(api, 'not-implemented');
}

/** A function a browser cannot offer: calling it throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export function unavailable(api: string): StubFunction {
  return functionStub(api, 'unavailable');
}

/** A class not built yet: `new` throws `ERR_METHOD_NOT_IMPLEMENTED` naming `api`. */
export function notImplementedClass(api: string): StubClass {
  return classStub(api, 'not-implemented');
}

/** A class a browser cannot offer: `new` throws `ERR_FEATURE_UNAVAILABLE_ON_PLATFORM`. */
export function unavailableClass(api: string): StubClass {
  return classStub(api, 'unavailable');
}

/**
 * An object export not built yet (`http.globalAgent`, `process.stdin` …): an empty object
 * carrying the marker. Reading it is harmless; there is nothing to call. It is not frozen:
 * code that sets a property on it (as some do on `process.env`) keeps working.
 */
export function stubObject(api: string, reason: StubReason): Record<string, unknown> {
  return mark({}, { api, reason });
}

/** The marker of a stub, or undefined for a real export. */
export function stubInfo(value: unknown): StubInfo | undefined {
  if ((typeof value !== 'function' && typeof value !== 'object') || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, kStub) ? (value as { [kStub]: StubInfo })[kStub] : undefined;
}
