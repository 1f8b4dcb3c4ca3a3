/**
 * Node's MessagePort API (`on('message', value => …)`, `once`, `off`, `ref`/`unref`,
 * `close()` with a `'close'` event on both ends) on top of the platform's MessagePort.
 *
 * The Node methods are defined on each port *instance* (non-enumerable), never on
 * `MessagePort.prototype`: the object stays the platform's own port, so it can still be
 * transferred in a `postMessage` transfer list, and ports that arrive in a message
 * (`event.ports`) get the same methods when they are delivered. Nothing global is touched.
 *
 * @packageDocumentation
 */
import { EventEmitter } from '../../events/index.js';
import { callInContext, captureContext, type Context } from '../async-context/index.js';
import { keepAlive } from './state.js';

/** Sent by `close()` to the other end, so that it closes and emits `'close'` too (a page's ports have no portable close event). */
export const CLOSE_MARKER = '\u0000polynode:port-close';

const kPort = Symbol.for('polynode.worker.port');

/** Objects passed to `markAsUntransferable()`: left out of transfer lists, as Node does. */
export const untransferable: WeakSet<object> = /*#__PURE__*/ new WeakSet();

/** The minimal surface a port core needs from what it wraps. */
export interface PortTarget {
  postMessage(message: unknown, transfer: Transferable[]): void;
  close(): void;
}

/** Node's transferList argument: an array, or `{ transfer: [...] }`. */
export function transferListOf(transferList: unknown): Transferable[] {
  let list: unknown = transferList;
  if (list !== null && typeof list === 'object' && !Array.isArray(list)) list = (list as { transfer?: unknown }).transfer;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list) && typeof (list as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new TypeError('Optional transferList argument must be an iterable');
  }
  return Array.from(list as Iterable<Transferable>).filter((item) => !untransferable.has(item as object));
}

/**
 * The state behind one Node-style port: listeners, messages waiting for a first listener,
 * the keep-alive reference and the async context events are delivered in.
 */
export class PortCore {
  readonly emitter = new EventEmitter();
  /** Messages that arrived while nobody listened to 'message' (Node queues them until the port starts). */
  readonly queue: unknown[] = [];
  readonly context: Context | undefined = captureContext();
  closed = false;
  private unrefed = false;
  private refed = false;
  private draining = false;

  constructor(private readonly target: PortTarget, private readonly onClosed?: () => void) {
    this.emitter.on('newListener', (event: string | symbol) => {
      if (event === 'message') queueMicrotask(() => this.drain());
      queueMicrotask(() => this.updateRef());
    });
    this.emitter.on('removeListener', () => this.updateRef());
  }

  /** Emits in the context the port was created (or received) in. */
  emit(event: string, ...args: unknown[]): boolean {
    const emitter = this.emitter;
    return this.context === undefined ? emitter.emit(event, ...args) : callInContext(this.context, emitter.emit, emitter, [event, ...args]);
  }

  /** A message arrived for this port. */
  deliver(data: unknown): void {
    if (this.closed) return;
    if (data === CLOSE_MARKER) {
      this.close(false);
      return;
    }
    if (this.queue.length > 0 || this.emitter.listenerCount('message') === 0) {
      this.queue.push(data);
      return;
    }
    this.emit('message', data);
  }

  /** Delivers queued messages while someone listens (a `once` listener takes only one). */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (!this.closed && this.queue.length > 0 && this.emitter.listenerCount('message') > 0) this.emit('message', this.queue.shift());
    } finally {
      this.draining = false;
    }
  }

  /** Node refs a port while it has 'message' listeners, unless unref() was called. */
  private updateRef(): void {
    const want = !this.closed && !this.unrefed && this.emitter.listenerCount('message') > 0;
    if (want === this.refed) return;
    this.refed = want;
    if (want) keepAlive().ref();
    else keepAlive().unref();
  }

  ref(): void {
    this.unrefed = false;
    this.updateRef();
  }

  unref(): void {
    this.unrefed = true;
    this.updateRef();
  }

  hasRef(): boolean {
    return this.refed;
  }

  postMessage(value: unknown, transferList?: unknown): void {
    if (this.closed) return;
    this.target.postMessage(value, transferListOf(transferList));
  }

  /** Closes this end; `local` closes also tell the other end. `'close'` follows on a later task, as in Node. */
  close(local = true): void {
    if (this.closed) return;
    if (local) {
      try {
        this.target.postMessage(CLOSE_MARKER, []);
      } catch {
        // Already detached: nothing to tell.
      }
    }
    this.closed = true;
    this.queue.length = 0;
    this.target.close();
    this.updateRef();
    this.onClosed?.();
    setTimeout(() => {
      this.emit('close');
      this.emitter.removeAllListeners('message');
    }, 0);
  }
}

/** Node's MessagePort methods, written onto a port object and delegating to its core. */
export function defineNodePortMethods(target: object, core: PortCore): void {
  const emitter = core.emitter;
  const self = target;
  const chain =
    (method: (...args: any[]) => unknown) =>
    (...args: unknown[]) => {
      method.apply(emitter, args);
      return self;
    };
  const methods: Record<string, unknown> = {
    on: chain(emitter.on),
    addListener: chain(emitter.addListener),
    once: chain(emitter.once),
    prependListener: chain(emitter.prependListener),
    prependOnceListener: chain(emitter.prependOnceListener),
    off: chain(emitter.off),
    removeListener: chain(emitter.removeListener),
    removeAllListeners: chain(emitter.removeAllListeners),
    setMaxListeners: chain(emitter.setMaxListeners),
    getMaxListeners: () => emitter.getMaxListeners(),
    emit: (event: string, ...args: unknown[]) => core.emit(event, ...args),
    listenerCount: (event: string) => emitter.listenerCount(event),
    listeners: (event: string) => emitter.listeners(event),
    rawListeners: (event: string) => emitter.rawListeners(event),
    eventNames: () => emitter.eventNames(),
    ref: () => core.ref(),
    unref: () => core.unref(),
    hasRef: () => core.hasRef(),
    postMessage: (value: unknown, transferList?: unknown) => core.postMessage(value, transferList),
    close: () => core.close(),
    [kPort]: core,
  };
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, key, { value: methods[key as string], writable: true, configurable: true, enumerable: false });
  }
}

/** The Node-style core of a port, if it has one. */
export function portCore(port: unknown): PortCore | undefined {
  return typeof port === 'object' && port !== null ? ((port as Record<symbol, unknown>)[kPort] as PortCore | undefined) : undefined;
}

/**
 * Gives a platform MessagePort Node's API (once; later calls return it unchanged) and starts
 * it: messages are received from now on, and wait for a 'message' listener.
 */
export function nodePort<T extends MessagePort>(port: T): T {
  if (portCore(port)) return port;
  const post = port.postMessage;
  const close = port.close;
  const core = new PortCore(
    {
      postMessage: (message, transfer) => post.call(port, message, transfer as never),
      close: () => close.call(port),
    },
    () => port.removeEventListener('message', onMessage),
  );
  const onMessage = (event: MessageEvent) => {
    adoptPorts(event.ports);
    core.deliver(event.data);
  };
  port.addEventListener('message', onMessage);
  port.addEventListener('messageerror', () => {
    core.emit('messageerror', new Error('Message could not be deserialized'));
  });
  defineNodePortMethods(port, core);
  port.start();
  return port;
}

/** Ports received in a message get Node's API before user code sees them. */
export function adoptPorts(ports: readonly MessagePort[] | undefined): void {
  if (ports) for (const port of ports) nodePort(port);
}

/** True for a platform MessagePort or a polynode port facade (parentPort). */
export function isMessagePort(value: unknown): boolean {
  if (portCore(value)) return true;
  const Native = (globalThis as { MessagePort?: abstract new () => object }).MessagePort;
  return typeof Native === 'function' && value instanceof Native;
}
