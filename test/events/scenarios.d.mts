import type EventEmitterDefault from '../../src/events/index.js';

/** What a scenario gets besides the module: a way to collect process warnings. */
export interface ScenarioEnv {
  /** Starts collecting warnings: the array fills with the lines Node prints for them. */
  captureWarnings(): string[] & { stop(): void };
}

export interface Scenario {
  name: string;
  /** Runs with the module's default export (EventEmitter with the statics) and returns the trace. */
  run(E: typeof EventEmitterDefault, env: ScenarioEnv): string[] | Promise<string[]>;
}

export declare const SCENARIOS: readonly Scenario[];
export declare function fmt(value: unknown): string;
export declare function describeError(error: unknown): string;
