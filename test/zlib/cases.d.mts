export declare function makeInputs(): Uint8Array[];
export interface Combo { method: 'deflateSync' | 'deflateRawSync' | 'gzipSync' | 'brotliCompressSync'; options: Record<string, unknown> }
export declare const COMBOS: Combo[];
export declare const DECOMPRESS: Record<string, string>;
export declare function storedCombo(i: number): number;
export declare function comboName(combo: Combo): string;
export declare function hashBytes(bytes: Uint8Array): string;
export declare function toHex(bytes: Uint8Array): string;
export declare function fromHex(hex: string): Uint8Array;
export declare function describe(value: unknown): string;
export declare function outcome(fn: () => unknown): string;
export declare function errorCases(): Record<string, (lib: { zlib: unknown; Buffer: unknown }) => string>;
export declare function brotliStreamCases(): Record<string, (lib: { zlib: unknown; Buffer: unknown }) => Promise<string>>;
export declare function zlibStreamCases(): Record<string, (lib: { zlib: unknown; Buffer: unknown }) => Promise<string>>;

export declare function decompressOptions(combo: { method: string; options: Record<string, unknown> }): Record<string, unknown>;
