/** The modules a case runs with: readline, stream and Buffer (Node's or polynode's). */
export interface CaseModules {
  readline: any;
  stream: any;
  Buffer: any;
}

export interface SplitCase {
  name: string;
  lines: number;
  textSeed: number;
  chunkSeed: number;
  maxChunk: number;
  crlfDelay: number | undefined;
}

export interface SplitResult {
  chunks: number;
  count: number;
  hash: string;
  first: string[];
  last: string[];
}

export interface Scenario {
  name: string;
  run(m: CaseModules): string[] | Promise<string[]>;
}

export declare function prng(seed: number): () => number;
export declare function buildText(count?: number, seed?: number): string;
export declare function chunkBytes(text: string, seed: number, maxChunk: number, splitCrLf?: boolean): Uint8Array[];
export declare function hashLines(lines: readonly string[]): string;
export declare function describeError(error: unknown): string;
export declare const SPLIT_CASES: readonly SplitCase[];
export declare function runSplitCase(m: CaseModules, c: SplitCase): Promise<SplitResult>;
export declare const SCENARIOS: readonly Scenario[];
