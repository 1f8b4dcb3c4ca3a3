/**
 * The webpack loader behind polynode/webpack's `asyncContext: true`: the await-lowering step
 * (polynode/async-lowering) on one module. polynode/webpack adds it as a `post` rule, so it
 * sees the JavaScript your other loaders (TypeScript, JSX) produced. Internal: use the option.
 *
 * @packageDocumentation
 */
import { lowerAsyncSyntax, mayNeedAsyncLowering } from './async-lowering.js';

/** The part of webpack's loader context this loader uses. */
interface LoaderContext {
  resourcePath: string;
  sourceMap?: boolean;
  async(): (error: Error | null, code?: string, map?: string | object) => void;
}

/** Lowers `async`/`await`, async generators and `for await` to generators. */
export default function polynodeAsyncLoader(this: LoaderContext, source: string, map?: string | object): void {
  const done = this.async();
  if (!mayNeedAsyncLowering(source)) {
    done(null, source, map);
    return;
  }
  lowerAsyncSyntax(source, { filename: this.resourcePath, sourcemap: this.sourceMap === true }).then(
    (result) => done(null, result.code, result.map ?? undefined),
    (error: Error) => done(error),
  );
}
