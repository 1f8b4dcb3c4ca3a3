/** A failing assertion: its name and a call that throws or returns a rejecting promise. */
export type Failure = [string, (assert: any) => unknown];
export declare const FAILURES: Failure[];
export declare function describeValue(value: unknown): string;
export interface FailureFields {
  threw: boolean;
  value?: string;
  string?: string;
  message?: string;
  name?: string;
  code?: string;
  actual?: string;
  expected?: string;
  operator?: string;
  generatedMessage?: boolean;
}
export declare function describeFailure(error: unknown): FailureFields;
export declare function runFailure(assert: unknown, fn: (assert: any) => unknown): Promise<FailureFields>;
