export declare const SEED: number;
export declare function hash(text: string): string;
export interface DifferentialProperty {
  name: string;
  arbitrary(fc: unknown): unknown;
  run(lib: Record<string, unknown>, input: unknown): string;
}
export declare const PROPERTIES: DifferentialProperty[];
