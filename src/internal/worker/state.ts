/**
 * What a polynode worker knows about itself, shared by the bootstrap, `worker_threads`,
 * `child_process` and `process` through one registered global key, so that a user module
 * bundled with its own copy of polynode (Vite, webpack) still sees the values the bootstrap
 * (copied by the bundler from polynode's dist/) set before importing it.
 *
 * On the main thread (and in a Web Worker polynode did not start) there is no state:
 * `isMainThread` is true, `parentPort` and `workerData` are null.
 *
 * @packageDocumentation
 */

/** The registered key of the state on a worker's global object. */
export const kWorkerState: unique symbol = Symbol.for('polynode.worker.state') as never;

/** Whether a worker runs a `worker_threads.Worker` or a `child_process.fork()`ed module. */
export type WorkerKind = 'thread' | 'fork';

/** The keep-alive count of a worker: Node exits a thread when nothing keeps its loop busy. */
export interface KeepAlive {
  ref(): void;
  unref(): void;
}

/** A worker's view of itself (set by the bootstrap before the user module is imported). */
export interface WorkerState extends KeepAlive {
  kind: WorkerKind;
  threadId: number;
  /** A structured clone of the creator's `workerData` (threads) or undefined (forks). */
  workerData: unknown;
  /** The Node-style port to the parent (threads) or null (forks). */
  parentPort: unknown;
  environmentData: Map<unknown, unknown>;
  resourceLimits: Record<string, number>;
  /** The base URL relative module paths resolve against (the page's URL, inherited). */
  baseURL: string;
  /** The pid of this (forked) process; nested forks and threads derive their ids from it. */
  pid: number;
  /**
   * The worker's `process` (the bootstrap's), so that another copy of polynode's `process`
   * module bundled into the user module gives the same object.
   */
  process: object;
}

/** The worker's state, or undefined on the main thread. */
export function workerState(): WorkerState | undefined {
  return (globalThis as Record<symbol, unknown>)[kWorkerState] as WorkerState | undefined;
}

/** Environment data of the main thread (a worker's lives in its state). */
let mainEnvironmentData: Map<unknown, unknown> | undefined;

/** The environment data map of this thread (`worker_threads.setEnvironmentData`). */
export function environmentData(): Map<unknown, unknown> {
  return workerState()?.environmentData ?? (mainEnvironmentData ??= new Map());
}

/** The keep-alive count of this thread: a no-op on the main thread (a page never exits). */
export function keepAlive(): KeepAlive {
  return workerState() ?? NO_KEEP_ALIVE;
}

const NO_KEEP_ALIVE: KeepAlive = { ref() {}, unref() {} };

/** The base URL relative module paths resolve against. */
export function baseURL(): string {
  const inherited = workerState()?.baseURL;
  if (inherited) return inherited;
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return scope.document?.baseURI ?? scope.location?.href ?? 'file:///';
}

let threadCounter = 0;
let pidCounter = 0;

/**
 * The next thread id: 1, 2, 3 … in the page (as in Node); inside a worker, derived from the
 * worker's own id so ids stay unique across the tree without a shared counter.
 */
export function nextThreadId(): number {
  const own = workerState()?.threadId ?? 0;
  return own * 65536 + ++threadCounter;
}

/** The next synthetic pid of a forked child: unique in the tree, never 1 (the page). */
export function nextPid(): number {
  const own = workerState()?.pid ?? 1;
  return own === 1 ? 1000 + ++pidCounter : own * 64 + ++pidCounter;
}
