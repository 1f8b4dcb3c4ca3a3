export declare const SEED: number;
/** A drawn pair: a recipe (plain JSON) and the seed of the mutation applied to its copy. */
export type Pair = [unknown, number];
export declare function pairArbitrary(fc: unknown): unknown;
export declare function build(recipe: unknown, stack?: unknown[]): unknown;
export declare function mutate(recipe: unknown, seed: number): unknown;
export declare function buildPair(pair: Pair): [unknown, unknown];
export declare function verdict(loose: boolean, strict: boolean): string;
