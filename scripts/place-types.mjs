// tsc writes the declarations of src/ and polyfills/ under build/types/{src,polyfills};
// this puts them next to the JavaScript Rollup wrote: build/types/src/buffer/index.d.ts ->
// dist/buffer/index.d.ts, build/types/polyfills/globals.d.ts -> dist/polyfills/globals.d.ts.
import { cpSync, existsSync } from 'node:fs';

for (const [from, to] of [['build/types/src', 'dist'], ['build/types/polyfills', 'dist/polyfills']]) {
  if (!existsSync(from)) throw new Error(`${from} is missing: did tsc -p tsconfig.build.json run?`);
  cpSync(from, to, { recursive: true });
}
