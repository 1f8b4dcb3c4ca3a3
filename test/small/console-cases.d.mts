/** A fake writable stream. */
export interface FakeStream {
  write(chunk: unknown): boolean;
  listenerCount(): number;
  once(): FakeStream;
  on(): FakeStream;
  removeListener(): FakeStream;
}
export type Write = [tag: 'out' | 'err', chunk: string];
export function makeStreams(): { stdout: FakeStream; stderr: FakeStream; writes: Write[] };
export function normalize(writes: Write[]): Write[];
export interface ConsoleCase {
  name: string;
  options?: { groupIndentation?: number; inspectOptions?: object; colorMode?: boolean | 'auto'; noStderr?: boolean; legacy?: boolean };
  run(console: Record<string, (...args: unknown[]) => unknown>): void;
}
export const CASES: ConsoleCase[];
