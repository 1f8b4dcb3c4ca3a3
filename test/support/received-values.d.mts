export interface ReceivedValue {
  /** The expression that builds the value (names the tests). */
  label: string;
  /** Builds a fresh copy of the value. */
  make: () => unknown;
  /** The inspect depth to use instead of Node's default 2. */
  depth?: number;
  /** The value inherits `constructor` from ES2025's Iterator.prototype where that exists. */
  iteratorHelpers?: boolean;
}
export declare const RECEIVED_VALUES: readonly ReceivedValue[];
