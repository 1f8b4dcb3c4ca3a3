export interface UtilValue {
  /** The expression that builds the value (names the tests). */
  label: string;
  /** Builds a fresh copy of the value. */
  make: () => unknown;
}
export interface OptionSet {
  label: string;
  options: Record<string, unknown> | undefined;
}
export interface FormatCase {
  label: string;
  make: () => unknown[];
}
export interface FormatWithOptionsCase extends FormatCase {
  options: Record<string, unknown>;
}
export declare const UTIL_VALUES: readonly UtilValue[];
export declare const OPTION_SETS: readonly OptionSet[];
export declare const FORMAT_CASES: readonly FormatCase[];
export declare const FORMAT_WITH_OPTIONS_CASES: readonly FormatWithOptionsCase[];
export declare const STRING_CASES: readonly string[];
