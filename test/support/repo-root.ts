// Node-only tests: where the repository is, found from the test bundle's own location (the
// bundles live under build/test/…, so paths relative to the source file would be wrong).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this bundle whose package.json is polynode's. */
export function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'polynode') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('polynode repository root not found');
    dir = parent;
  }
}
