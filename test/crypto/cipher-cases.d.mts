export declare const SEED: number;
export declare const RUNS: number;
export declare const CIPHERS: string[];
export declare function hash(text: string): string;
export interface CipherProperty {
  name: string;
  draw(r: unknown): unknown;
  run(lib: Record<string, unknown>, input: unknown): string;
}
export declare function properties(): CipherProperty[];
export declare function draw(property: CipherProperty, runs?: number): unknown[];
export declare const ERROR_CASES: [string, (lib: Record<string, unknown>) => unknown][];
export declare function runErrors(lib: Record<string, unknown>): Record<string, string>;
export declare function primeShapes(lib: Record<string, unknown>): Record<string, string>;
export declare const ASYNC_CASES: [string, (lib: Record<string, unknown>, cb: (err: unknown, value?: unknown) => void) => void][];
export declare function runAsync(lib: Record<string, unknown>): Promise<Record<string, string>>;
