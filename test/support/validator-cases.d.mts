export interface ValidatorCase {
  /** The validator's name in Node's internal/validators. */
  fn: string;
  /** Builds its arguments. */
  args: () => unknown[];
}
export declare const VALIDATOR_CASES: readonly ValidatorCase[];
