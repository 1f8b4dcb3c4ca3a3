export interface ErrorCase {
  label: string;
  /** The code, e.g. 'ERR_INVALID_ARG_TYPE'. */
  code: string;
  /** Node's alternative class of the code ('TypeError' for ERR_INVALID_STATE.TypeError). */
  variant?: 'TypeError' | 'RangeError';
  /** Builds the constructor's arguments. */
  args: () => unknown[];
}
export declare const ERROR_CASES: readonly ErrorCase[];
