// Bundles one workload file for one column with esbuild, in memory: an IIFE that registers the
// workloads and the column's modules (`lib`) with the page runtime.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const PEER_GLOBALS = fileURLToPath(new URL('./peer-globals.js', import.meta.url));
import { EMPTY, NotProvided, builtinIdOf } from './columns.mjs';

/**
 * An esbuild plugin resolving every builtin import (also those inside the column's own modules)
 * to the column's module. Throws NotProvided through esbuild as a build error.
 */
export function columnPlugin(column) {
  return {
    name: `bench-column-${column.name}`,
    setup(b) {
      b.onResolve({ filter: /^(node:|polynode\/)?[A-Za-z_][\w/.-]*$/ }, (args) => {
        const id = builtinIdOf(args.path, { polynodeSelf: true });
        if (!id) return undefined;
        let target;
        try {
          target = column.resolve(id);
        } catch (error) {
          if (error instanceof NotProvided) return { errors: [{ text: error.message, detail: { notProvided: true } }] };
          throw error;
        }
        if (target === EMPTY) return { path: id, namespace: 'bench-empty' };
        return { path: target };
      });
      b.onLoad({ filter: /.*/, namespace: 'bench-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
    },
  };
}

/**
 * Builds the bundle of `workloadFile` for `column`, with `lib` = { [id]: namespace of id } for
 * every id in `modules`. Returns { code } or { error, notProvided }.
 */
export async function buildColumnBundle({ column, workloadFile, modules, resolveDir }) {
  const imports = modules.map((id, i) => `import * as m${i} from ${JSON.stringify(id)};`).join('\n');
  const lib = modules.map((id, i) => `${JSON.stringify(id)}: m${i}`).join(', ');
  const contents = `${imports}
import workloads from ${JSON.stringify(workloadFile)};
globalThis.__polynodeBench.register({ column: ${JSON.stringify(column.name)}, lib: { ${lib} }, workloads });
`;
  return bundle(column, contents, resolveDir);
}

/**
 * Builds the cold-start bundle of a workload's `cold: { module, touch }` for `column`: it
 * imports the whole module, evaluates `touch` on it (e.g. `createHash('sha256')…`) and hands the
 * result to the page that loaded it in a fresh iframe (`parent.__polynodeColdDone`).
 */
export async function buildColdBundle({ column, cold, resolveDir }) {
  const contents = `import * as m from ${JSON.stringify(cold.module)};
parent.__polynodeColdDone(m.${cold.touch});
`;
  return bundle(column, contents, resolveDir);
}

async function bundle(column, contents, resolveDir) {
  try {
    const out = await build({
      stdin: { contents, resolveDir, sourcefile: `${column.name}-entry.js`, loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'esnext',
      minifySyntax: true,
      minifyWhitespace: true,
      legalComments: 'none',
      logLevel: 'silent',
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
      // The peers need `process` as a global (as their bundler plugins provide it).
      inject: column.name === 'peers' ? [PEER_GLOBALS] : [],
      plugins: [columnPlugin(column)],
    });
    return { code: out.outputFiles[0].text };
  } catch (error) {
    const errors = error.errors ?? [];
    const notProvided = errors.length > 0 && errors.every((e) => e.detail?.notProvided);
    const text = errors.length ? [...new Set(errors.map((e) => e.text))].join('; ') : String(error.message ?? error);
    return { error: text, notProvided };
  }
}

