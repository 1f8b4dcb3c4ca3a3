/**
 * The parent side of a polynode worker: starts the bootstrap as a module Web Worker, sends
 * the init message, and turns the envelopes coming back into calls on a {@link WorkerSink}
 * (the `worker_threads.Worker` or the `ChildProcess` that owns it).
 *
 * Bundlers: the bootstrap is referenced as
 * `new Worker(new URL('./bootstrap/index.js', import.meta.url), { type: 'module' })`, the one
 * form webpack 5, Vite and Parcel recognise: they bundle `bootstrap/index.js` as a separate
 * module-worker entry and rewrite the URL. When the page cannot start a worker from that URL
 * (the library is served from another origin: `SecurityError`), a same-origin Blob module
 * that imports the bootstrap's absolute URL is used instead (needs CSP `worker-src blob:`).
 *
 * @packageDocumentation
 */
import { adoptPorts } from './ports.js';
import { envelope, isEnvelope, type EnvelopeKind, type InitMessage, type SerializedThrown, deserializeThrown } from './protocol.js';
import { keepAlive } from './state.js';

/** What a started worker reports to its owner. */
export interface WorkerSink {
  online(): void;
  message(data: unknown): void;
  stdout(chunk: Uint8Array): void;
  stderr(chunk: Uint8Array): void;
  /** An uncaught error (or unhandled rejection) in the worker; `exit(1)` follows. */
  error(error: unknown): void;
  exit(code: number): void;
  /** The child called `process.disconnect()` (fork). */
  disconnect(): void;
  /** The signal names the child listens for (fork). */
  signals(names: string[]): void;
}

// The count of running workers lives under a registered key (created by the first worker),
// so that every copy of polynode in a page (src and dist in the tests, two bundles) adds to one count.
const kLive = Symbol.for('polynode.worker.live');
const counter = (): { n: number } => ((globalThis as Record<symbol, { n: number }>)[kLive] ??= { n: 0 });

/** How many workers started by polynode are running in this thread (tests check that terminated ones are gone). */
export function liveWorkerCount(): number {
  return (globalThis as Record<symbol, { n: number } | undefined>)[kLive]?.n ?? 0;
}

/** Where the bootstrap sits relative to this file in polynode's dist/. */
const BOOTSTRAP_PATH = './bootstrap/index.js';

function createNativeWorker(name: string): Worker {
  const options: WorkerOptions = { type: 'module', name };
  try {
    // Keep this exact shape: bundlers look for `new Worker(new URL('…', import.meta.url))`.
    return new Worker(new URL('./bootstrap/index.js', import.meta.url), { type: 'module', name });
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== 'SecurityError') throw error;
    // Served from another origin (a CDN, unbundled): a same-origin Blob module imports the
    // bootstrap. Not a literal: bundlers would copy the unbundled bootstrap file as an asset
    // for a branch their same-origin output never takes.
    const href = new URL(BOOTSTRAP_PATH, import.meta.url).href;
    const blob = new Blob([`import ${JSON.stringify(href)};\n`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob), options);
  }
}

/** A running polynode worker, seen from its parent. */
export class LaunchedWorker {
  private native: Worker | null;
  private refed = false;
  private exited = false;

  constructor(init: InitMessage, transferList: Transferable[], private readonly sink: WorkerSink, name: string) {
    const native = createNativeWorker(name);
    this.native = native;
    counter().n++;
    native.onmessage = (event: MessageEvent) => this.receive(event);
    native.onmessageerror = () => this.sink.message(undefined);
    native.onerror = (event: ErrorEvent) => {
      // Only failures the bootstrap could not catch get here: the bootstrap (or the Blob
      // trampoline) failed to load. Node reports a worker that cannot start as error + exit 1.
      event.preventDefault();
      if (this.exited) return;
      this.sink.error(new Error(event.message || 'The worker could not be started'));
      this.finish(1);
    };
    native.postMessage(envelope('init', init), transferList);
    this.ref();
  }

  private receive(event: MessageEvent): void {
    const data: unknown = event.data;
    if (!isEnvelope(data) || this.exited) return;
    switch (data.k) {
      case 'online':
        this.sink.online();
        break;
      case 'm':
        adoptPorts(event.ports);
        this.sink.message(data.v);
        break;
      case 'out':
        this.sink.stdout(data.v as Uint8Array);
        break;
      case 'err':
        this.sink.stderr(data.v as Uint8Array);
        break;
      case 'error':
        this.sink.error(deserializeThrown(data.v as SerializedThrown));
        break;
      case 'exit':
        this.finish(data.v as number);
        break;
      case 'disc':
        this.sink.disconnect();
        break;
      case 'sigs':
        this.sink.signals(data.v as string[]);
        break;
    }
  }

  /** The worker ended by itself: release it, then report the exit. */
  private finish(code: number): void {
    this.release();
    this.sink.exit(code);
  }

  /** Sends an envelope to the worker; false once it has exited. */
  post(kind: EnvelopeKind, value?: unknown, transfer: Transferable[] = []): boolean {
    if (this.native === null) return false;
    this.native.postMessage(envelope(kind, value), transfer);
    return true;
  }

  get running(): boolean {
    return this.native !== null;
  }

  /** Stops the worker at once (no event: the owner reports the exit it wants). */
  terminate(): void {
    this.release();
  }

  private release(): void {
    if (this.exited) return;
    this.exited = true;
    const native = this.native;
    this.native = null;
    if (native) {
      native.onmessage = null;
      native.onmessageerror = null;
      native.onerror = null;
      native.terminate();
      counter().n--;
    }
    this.unref();
  }

  ref(): void {
    if (this.refed || this.exited) return;
    this.refed = true;
    keepAlive().ref();
  }

  unref(): void {
    if (!this.refed) return;
    this.refed = false;
    keepAlive().unref();
  }

  hasRef(): boolean {
    return this.refed;
  }
}
