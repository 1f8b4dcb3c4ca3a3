export function runChild(process: unknown): void;
