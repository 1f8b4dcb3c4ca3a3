/**
 * The engine's `abort-controller` fallback, aliased by the build: the platform's own
 * `AbortController` and `AbortSignal` (every supported browser has them), so no second
 * implementation is bundled.
 *
 * @packageDocumentation
 */

/** The platform's `AbortController`. */
export const AbortController: typeof globalThis.AbortController = globalThis.AbortController;

/** The platform's `AbortSignal`. */
export const AbortSignal: typeof globalThis.AbortSignal = globalThis.AbortSignal;
