/**
 * polynode's `worker_threads`: Node 16.13.1's `worker_threads` module for the browser.
 * Worker, MessageChannel, workerData and SharedArrayBuffer over Web Workers.
 * Status: planned. Every export exists; the stubs throw `ERR_METHOD_NOT_IMPLEMENTED` until [worker_threads, child_process] builds them.
 *
 * @packageDocumentation
 */
import { notImplemented, notImplementedClass } from '../internal/unavailable.js';

/** Node's `worker_threads.BroadcastChannel`. Not built yet ([worker_threads, child_process]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const BroadcastChannel = /*#__PURE__*/ notImplementedClass('worker_threads.BroadcastChannel');

/** Node's `worker_threads.MessageChannel`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const MessageChannel = /*#__PURE__*/ notImplemented('worker_threads.MessageChannel');

/** Node's `worker_threads.MessagePort`. Not built yet ([worker_threads, child_process]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const MessagePort = /*#__PURE__*/ notImplementedClass('worker_threads.MessagePort');

/** Node's `worker_threads.SHARE_ENV`. */
export const SHARE_ENV: unique symbol = Symbol.for("nodejs.worker_threads.SHARE_ENV");

/** Node's `worker_threads.Worker`. Not built yet ([worker_threads, child_process]); constructing it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const Worker = /*#__PURE__*/ notImplementedClass('worker_threads.Worker');

/** Node's `worker_threads.getEnvironmentData`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const getEnvironmentData = /*#__PURE__*/ notImplemented('worker_threads.getEnvironmentData');

/** Node's `worker_threads.isMainThread`. */
export const isMainThread: boolean = true;

/** Node's `worker_threads.markAsUntransferable`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const markAsUntransferable = /*#__PURE__*/ notImplemented('worker_threads.markAsUntransferable');

/** Node's `worker_threads.moveMessagePortToContext`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const moveMessagePortToContext = /*#__PURE__*/ notImplemented('worker_threads.moveMessagePortToContext');

/** Node's `worker_threads.parentPort`. */
export const parentPort: unknown = null;

/** Node's `worker_threads.receiveMessageOnPort`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const receiveMessageOnPort = /*#__PURE__*/ notImplemented('worker_threads.receiveMessageOnPort');

/** Node's `worker_threads.resourceLimits` (Node 16.13.1's values). */
export const resourceLimits = {};

/** Node's `worker_threads.setEnvironmentData`. Not built yet ([worker_threads, child_process]); calling it throws `ERR_METHOD_NOT_IMPLEMENTED`. */
export const setEnvironmentData = /*#__PURE__*/ notImplemented('worker_threads.setEnvironmentData');

/** Node's `worker_threads.threadId`. */
export const threadId: number = 0;

/** Node's `worker_threads.workerData`. */
export const workerData: unknown = null;

/** Node's `worker_threads` module object: what `import workerThreads from 'worker_threads'` and `require('worker_threads')` give. */
const workerThreadsModule = {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  isMainThread,
  markAsUntransferable,
  moveMessagePortToContext,
  parentPort,
  receiveMessageOnPort,
  resourceLimits,
  setEnvironmentData,
  threadId,
  workerData,
};
export default workerThreadsModule;
