import type streamDefault from '../../src/stream/index.js';
import type * as consumers from '../../src/stream/consumers/index.js';
import type streamPromises from '../../src/stream/promises/index.js';

/** The other stream modules a scenario gets. */
export interface ScenarioModules {
  consumers: Pick<typeof consumers, 'arrayBuffer' | 'blob' | 'buffer' | 'json' | 'text'>;
  promises: typeof streamPromises;
}

export interface Scenario {
  name: string;
  /** Runs with the `stream` module's default export and the other modules, and returns the trace. */
  run(S: typeof streamDefault, M: ScenarioModules): string[] | Promise<string[]>;
}

export declare const SCENARIOS: readonly Scenario[];
export declare function fmt(value: unknown): string;
export declare function describeError(error: unknown): string;
