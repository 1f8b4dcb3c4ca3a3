/** The book chapter's §16.5 stream programs (see chapter-programs.mjs); returns their output lines. */
export declare function runChapterPrograms(lib: {
  stream: unknown;
  zlib: unknown;
  crypto: unknown;
  Buffer: unknown;
  setImmediate: (fn: () => void) => unknown;
}): Promise<string[]>;
