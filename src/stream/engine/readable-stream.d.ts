// readable-stream 4 ships JavaScript only; these are the two files polynode imports.
declare module 'readable-stream/lib/stream.js' {
  const Stream: import('./types.js').StreamModule;
  export default Stream;
}
declare module 'readable-stream/lib/stream/promises.js' {
  const promises: import('./types.js').StreamPromises;
  export default promises;
}
// web-streams-polyfill's CommonJS build (bundled lazily, see rollup.config.js), typed by its ES entry.
declare module 'web-streams-polyfill/dist/ponyfill.js' {
  const ponyfill: typeof import('web-streams-polyfill');
  export default ponyfill;
}
