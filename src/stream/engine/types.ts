/**
 * The TypeScript shapes of Node 16's stream classes and functions, as polynode exports them
 * (the engine, readable-stream 4, is JavaScript without types).
 *
 * @packageDocumentation
 */
import type { EventEmitter, EventEmitterOptions } from '../../events/index.js';
import type { Buffer } from '../../buffer/index.js';

/** A stream callback: an error, or null/undefined on success. */
export type StreamCallback = (error?: Error | null) => void;

/** Options every stream constructor takes. */
export interface StreamOptions extends EventEmitterOptions {
  highWaterMark?: number;
  objectMode?: boolean;
  emitClose?: boolean;
  autoDestroy?: boolean;
  signal?: AbortSignal;
  construct?(this: any, callback: StreamCallback): void;
  destroy?(this: any, error: Error | null, callback: StreamCallback): void;
}

/** `new Readable(options)`. */
export interface ReadableOptions extends StreamOptions {
  encoding?: string;
  read?(this: Readable, size: number): void;
}

/** `new Writable(options)`. */
export interface WritableOptions extends StreamOptions {
  decodeStrings?: boolean;
  defaultEncoding?: string;
  write?(this: Writable, chunk: any, encoding: string, callback: StreamCallback): void;
  writev?(this: Writable, chunks: Array<{ chunk: any; encoding: string }>, callback: StreamCallback): void;
  final?(this: Writable, callback: StreamCallback): void;
}

/** `new Duplex(options)`. */
export interface DuplexOptions extends ReadableOptions, WritableOptions {
  allowHalfOpen?: boolean;
  readableObjectMode?: boolean;
  writableObjectMode?: boolean;
  readableHighWaterMark?: number;
  writableHighWaterMark?: number;
  read?(this: any, size: number): void;
  write?(this: any, chunk: any, encoding: string, callback: StreamCallback): void;
  writev?(this: any, chunks: Array<{ chunk: any; encoding: string }>, callback: StreamCallback): void;
  final?(this: any, callback: StreamCallback): void;
}

/** `new Transform(options)`. */
export interface TransformOptions extends DuplexOptions {
  transform?(this: Transform, chunk: any, encoding: string, callback: (error?: Error | null, data?: any) => void): void;
  flush?(this: Transform, callback: (error?: Error | null, data?: any) => void): void;
}

/** Node's legacy `Stream`: an EventEmitter with `pipe`. */
export interface Stream extends EventEmitter {
  pipe<T extends Writable>(destination: T, options?: { end?: boolean }): T;
}

/** Node's `stream.Readable`. */
export interface Readable extends Stream, AsyncIterable<any> {
  /** The internal state (`Readable.ReadableState`). */
  readonly _readableState: object;
  readable: boolean;
  readonly readableAborted: boolean;
  readonly readableDidRead: boolean;
  readonly readableEncoding: string | null;
  readonly readableEnded: boolean;
  readonly readableFlowing: boolean | null;
  readonly readableHighWaterMark: number;
  readonly readableLength: number;
  readonly readableObjectMode: boolean;
  destroyed: boolean;
  readonly closed: boolean;
  readonly errored: Error | null;
  _read(size: number): void;
  _destroy(error: Error | null, callback: StreamCallback): void;
  read(size?: number): any;
  push(chunk: any, encoding?: string): boolean;
  unshift(chunk: any, encoding?: string): void;
  setEncoding(encoding: string): this;
  pause(): this;
  resume(): this;
  isPaused(): boolean;
  unpipe(destination?: Writable): this;
  wrap(stream: EventEmitter): this;
  destroy(error?: Error | null): this;
  iterator(options?: { destroyOnReturn?: boolean }): AsyncIterableIterator<any>;
  [Symbol.asyncIterator](): AsyncIterableIterator<any>;
}

/** Node's `stream.Writable`. */
export interface Writable extends Stream {
  /** The internal state (`Writable.WritableState`). */
  readonly _writableState: object;
  writable: boolean;
  readonly writableEnded: boolean;
  readonly writableFinished: boolean;
  readonly writableHighWaterMark: number;
  readonly writableLength: number;
  readonly writableObjectMode: boolean;
  readonly writableCorked: number;
  readonly writableNeedDrain: boolean;
  destroyed: boolean;
  readonly closed: boolean;
  readonly errored: Error | null;
  _write(chunk: any, encoding: string, callback: StreamCallback): void;
  _writev?(chunks: Array<{ chunk: any; encoding: string }>, callback: StreamCallback): void;
  _final(callback: StreamCallback): void;
  _destroy(error: Error | null, callback: StreamCallback): void;
  write(chunk: any, callback?: StreamCallback): boolean;
  write(chunk: any, encoding: string, callback?: StreamCallback): boolean;
  setDefaultEncoding(encoding: string): this;
  end(callback?: () => void): this;
  end(chunk: any, callback?: () => void): this;
  end(chunk: any, encoding: string, callback?: () => void): this;
  cork(): void;
  uncork(): void;
  destroy(error?: Error | null): this;
}

/** Node's `stream.Duplex`: a Readable that is also a Writable. */
export interface Duplex extends Readable, Omit<Writable, keyof Readable> {
  allowHalfOpen: boolean;
  destroy(error?: Error | null): this;
  write(chunk: any, callback?: StreamCallback): boolean;
  write(chunk: any, encoding: string, callback?: StreamCallback): boolean;
  end(callback?: () => void): this;
  end(chunk: any, callback?: () => void): this;
  end(chunk: any, encoding: string, callback?: () => void): this;
}

/** Node's `stream.Transform`. */
export interface Transform extends Duplex {
  _transform(chunk: any, encoding: string, callback: (error?: Error | null, data?: any) => void): void;
  _flush(callback: (error?: Error | null, data?: any) => void): void;
}

/** Node's `stream.PassThrough`. */
export type PassThrough = Transform;

/** What `pipeline` and `compose` take: a stream, an iterable, or a generator function. */
export type PipelineSource = Stream | Iterable<any> | AsyncIterable<any> | ((...args: any[]) => any);

/** `finished(stream, options, callback)` options. */
export interface FinishedOptions {
  error?: boolean;
  readable?: boolean;
  writable?: boolean;
  signal?: AbortSignal;
}

/** `stream.Stream`'s constructor. */
export interface StreamConstructor {
  new (options?: StreamOptions): Stream;
  (this: unknown, options?: StreamOptions): void;
  readonly prototype: Stream;
}

/** `stream.Readable`'s constructor and statics. */
export interface ReadableConstructor {
  new (options?: ReadableOptions): Readable;
  (this: unknown, options?: ReadableOptions): void;
  readonly prototype: Readable;
  /** A Readable over the values of an iterable or async iterable (a string or Buffer is one chunk). */
  from(iterable: Iterable<any> | AsyncIterable<any>, options?: ReadableOptions): Readable;
  ReadableState: new (options: ReadableOptions, stream: Readable, isDuplex?: boolean) => object;
  _fromList(n: number, state: object): any;
  wrap(stream: EventEmitter, options?: ReadableOptions): Readable;
}

/** `stream.Writable`'s constructor and statics. */
export interface WritableConstructor {
  new (options?: WritableOptions): Writable;
  (this: unknown, options?: WritableOptions): void;
  readonly prototype: Writable;
  WritableState: new (options: WritableOptions, stream: Writable, isDuplex?: boolean) => object;
}

/** `stream.Duplex`'s constructor and statics. */
export interface DuplexConstructor {
  new (options?: DuplexOptions): Duplex;
  (this: unknown, options?: DuplexOptions): void;
  readonly prototype: Duplex;
  /** A Duplex made of a stream, an iterable, a promise, a function or a `{ readable, writable }` pair. */
  from(source: unknown): Duplex;
}

/** `stream.Transform`'s constructor. */
export interface TransformConstructor {
  new (options?: TransformOptions): Transform;
  (this: unknown, options?: TransformOptions): void;
  readonly prototype: Transform;
}

/** `stream.PassThrough`'s constructor. */
export interface PassThroughConstructor {
  new (options?: TransformOptions): PassThrough;
  (this: unknown, options?: TransformOptions): void;
  readonly prototype: PassThrough;
}

/** The engine's `stream/promises`. */
export interface StreamPromises {
  pipeline(...streams: Array<PipelineSource | { signal?: AbortSignal; end?: boolean }>): Promise<any>;
  finished(stream: Stream | ReadableStream | WritableStream, options?: FinishedOptions): Promise<void>;
}

/**
 * `stream.finished`. `util.promisify(finished)` gives the promise form (the function carries
 * `util.promisify.custom`, as Node's does); `__promisify__` is declared for the same typing
 * trick @types/node uses and, as in Node, does not exist at run time.
 */
export interface FinishedFunction {
  (stream: unknown, options?: FinishedOptions | StreamCallback, callback?: StreamCallback): () => void;
  __promisify__(stream: unknown, options?: FinishedOptions): Promise<void>;
}

/** The engine's `require('stream')`: the Stream class carrying everything. */
export interface StreamModule extends StreamConstructor {
  Stream: StreamModule;
  Readable: ReadableConstructor;
  Writable: WritableConstructor;
  Duplex: DuplexConstructor;
  Transform: TransformConstructor;
  PassThrough: PassThroughConstructor;
  pipeline(...args: any[]): any;
  finished: FinishedFunction;
  addAbortSignal<T extends Stream>(signal: AbortSignal, stream: T): T;
  destroy(stream: unknown, error?: Error | null): void;
  compose(...streams: PipelineSource[]): Duplex;
  isDisturbed(stream: unknown): boolean;
  _isUint8Array(value: unknown): value is Uint8Array;
  _uint8ArrayToBuffer(chunk: Uint8Array): Buffer;
  promises: StreamPromises;
}
