/** What a scenario is given: the scheduling functions under test. */
export interface OrderingEnv {
  nextTick(callback: (...args: any[]) => unknown, ...args: unknown[]): void;
  queueMicrotask(callback: () => void): void;
  setTimeout(callback: (...args: any[]) => unknown, delay?: number, ...args: unknown[]): unknown;
  clearTimeout(timer: unknown): void;
  setInterval(callback: (...args: any[]) => unknown, delay?: number, ...args: unknown[]): unknown;
  clearInterval(timer: unknown): void;
  setImmediate(callback: (...args: any[]) => unknown, ...args: unknown[]): unknown;
  clearImmediate(immediate: unknown): void;
}

export interface OrderingScenario {
  name: string;
  /** polynode's sequence where it cannot give Node's (the reason is in a comment). */
  polynode?: string[];
  run(env: OrderingEnv, log: (entry: string) => void, done: () => void): void;
}

export declare const SCENARIOS: readonly OrderingScenario[];
export declare function runScenarios(env: OrderingEnv): Promise<Record<string, string[]>>;
