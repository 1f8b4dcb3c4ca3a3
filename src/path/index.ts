/**
 * polynode's `path`: Node 16.13.1's `path` module for the browser.
 * POSIX and win32 path functions, exactly as Node 16 (equal to real Node 16.13.1 on random
 * paths, see test/path/differential.test.ts). As in Node on Linux, `path` is the POSIX
 * flavour: `path === path.posix` for the default export, and `path.win32` is the Windows one.
 *
 * Browser: `resolve` (and `relative`) start from polynode's `process.cwd()` when it is real,
 * else from `'/'`.
 *
 * @packageDocumentation
 */
// As in Node on Linux, `path` is `path.posix`: the same functions and the same default object.
export * from './posix/index.js';
export { default } from './posix/index.js';
