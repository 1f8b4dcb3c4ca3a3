export declare const SEED: number;
export declare function describe(value: unknown): string;
export declare function outcome(fn: () => unknown): string;
export declare function hash(text: string): string;
export interface DifferentialProperty {
  name: string;
  flavour: 'posix' | 'win32';
  fn: string;
  cwdDependent: boolean;
  arbitrary(fc: unknown): unknown;
  run(path: unknown, input: unknown): string;
}
export declare const PROPERTIES: DifferentialProperty[];
