/**
 * The messages between a parent and a worker started by polynode. Everything travels on the
 * Web Worker's own channel (`worker.postMessage` / `self.postMessage`), wrapped in an
 * envelope `{ k, v }`, so that control traffic (online, stdout, error, exit) and user
 * messages keep one order: `'online'` before the first message, every message and every
 * stdout chunk before `'exit'`, as in Node.
 *
 * @packageDocumentation
 */

/** Envelope kinds. Parent → worker: init, m, in, inend, disc, sig. Worker → parent: online, m, out, err, error, exit, disc, sigs. */
export type EnvelopeKind =
  | 'init'
  | 'm'
  | 'in'
  | 'inend'
  | 'disc'
  | 'sig'
  | 'online'
  | 'out'
  | 'err'
  | 'error'
  | 'exit'
  | 'sigs';

/** One message on the channel. */
export interface Envelope {
  /** Marks polynode's envelopes (a stray `postMessage` from other code is ignored). */
  p: 1;
  k: EnvelopeKind;
  v?: unknown;
}

/** Makes an envelope. */
export function envelope(k: EnvelopeKind, v?: unknown): Envelope {
  return { p: 1, k, v };
}

/** True for one of polynode's envelopes. */
export function isEnvelope(data: unknown): data is Envelope {
  return typeof data === 'object' && data !== null && (data as Envelope).p === 1 && typeof (data as Envelope).k === 'string';
}

/** The init message: what the bootstrap needs before it imports the user module. */
export interface InitMessage {
  kind: 'thread' | 'fork';
  /** The absolute URL of the user module, or the code when `isEval`. */
  url: string;
  isEval: boolean;
  workerData: unknown;
  env: Record<string, string>;
  argv: string[];
  execArgv: string[];
  threadId: number;
  pid: number;
  ppid: number;
  cwd: string;
  baseURL: string;
  environmentData: Map<unknown, unknown>;
  resourceLimits: Record<string, number>;
  /** fork: the IPC channel exists; 'json' or 'advanced' serialization. */
  ipc: boolean;
  serialization: 'json' | 'advanced';
  /** Whether the parent writes the worker's stdin (else it is empty). */
  stdin: boolean;
}

/** An error as it crosses the channel (errors lose their class and own properties in structured clones). */
export interface SerializedError {
  isError: true;
  name: string;
  message: string;
  stack: string | undefined;
  /** Own enumerable properties that survived a structured clone (code, errno …). */
  props: Record<string, unknown>;
}

/** A thrown value as it crosses the channel. */
export type SerializedThrown = SerializedError | { isError: false; value: unknown };

const BUILTIN_ERRORS: Record<string, ErrorConstructor> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

/** Writes a thrown value for the parent: an Error keeps its class name, message, stack and own fields. */
export function serializeThrown(value: unknown): SerializedThrown {
  if (value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value && 'message' in value)) {
    const error = value as Error;
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(error)) {
      try {
        props[key] = structuredClone((error as unknown as Record<string, unknown>)[key]);
      } catch {
        // A field that cannot be cloned (a function) is left out, as Node's serializer does.
      }
    }
    return { isError: true, name: String(error.name), message: String(error.message), stack: error.stack, props };
  }
  try {
    return { isError: false, value: structuredClone(value) };
  } catch {
    return { isError: false, value: String(value) };
  }
}

/** Rebuilds the thrown value in the parent: a built-in class when the name is one, else an Error with that name. */
export function deserializeThrown(data: SerializedThrown): unknown {
  if (!data.isError) return data.value;
  const Ctor = BUILTIN_ERRORS[data.name] ?? Error;
  const error = new Ctor(data.message);
  if (!(data.name in BUILTIN_ERRORS)) {
    Object.defineProperty(error, 'name', { value: data.name, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(error, 'stack', { value: data.stack, writable: true, configurable: true, enumerable: false });
  Object.assign(error, data.props);
  return error;
}
