export const MISSING: string;
export function describeError(error: unknown): Record<string, unknown>;
export function record(child: unknown, options?: { stderrText?: boolean }): Promise<Record<string, unknown>>;
export interface Scenario {
  name: string;
  fork?: boolean;
  run(cp: unknown, env: { child: string | URL }): Promise<unknown>;
}
export const SCENARIOS: Scenario[];
