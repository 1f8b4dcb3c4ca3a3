// The comparing half of every differential test: draws a property's inputs from the seed the
// golden script used, runs them through polynode, and compares each outcome's 7-character
// hash with Node 16's. The first five mismatches are reported with their input and
// polynode's outcome. The loop yields to the event loop now and then: a browser blocked too
// long loses Karma's connection.
import * as fc from 'fast-check';

/** One property of a `test/<module>/differential-cases.mjs` table. */
export interface DifferentialProperty<Lib> {
  name: string;
  arbitrary(fc: typeof import('fast-check')): unknown;
  run(lib: Lib, input: unknown): string;
}

/** Shows an input readably: bytes, bigints, non-finite numbers, undefined and functions included. */
export function showInput(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return `<bytes ${Array.from(v).join(',')}>`;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function') return '<function>';
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v === undefined) return 'undefined';
    return v;
  });
}

/**
 * Runs `runs` cases of `property` and returns the mismatch descriptions (empty when every
 * outcome's hash equals the golden one at the same index in `hashes`).
 */
export async function differentialMismatches<Lib>(
  property: DifferentialProperty<Lib>,
  lib: Lib,
  options: { seed: number; runs: number; hashes: string; hash: (text: string) => string; yieldEvery?: number },
): Promise<string[]> {
  const inputs = fc.sample(property.arbitrary(fc) as fc.Arbitrary<unknown>, { seed: options.seed, numRuns: options.runs });
  const yieldEvery = options.yieldEvery ?? 500;
  const mismatches: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const result = property.run(lib, inputs[i]);
    if (options.hash(result) !== options.hashes.slice(i * 7, i * 7 + 7) && mismatches.length < 5) {
      mismatches.push(`case ${i}: input ${showInput(inputs[i])} -> polynode ${result}`);
    }
    if (i % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return mismatches;
}
