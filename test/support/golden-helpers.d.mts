export declare function hash(text: string): string;
export declare function prng(seed: number): () => number;
