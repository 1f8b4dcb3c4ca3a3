// Cold starts: a workload with `cold: { module, touch }` gets, per column, a bundle that imports
// the whole module and evaluates `module.<touch>` (served by the harness at
// /c/<page>/<column>/<workload>.js, a new script source on every load). `coldLoad(url)` loads
// it in a fresh iframe and resolves with what `touch` returned, once the script has run; the
// iframe is removed. The time includes making the iframe: the native column loads an empty
// script the same way, which is that floor.
let loads = 0;

export function coldLoad(url) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    globalThis.__polynodeColdDone = (value) => {
      frame.remove();
      resolve(value);
    };
    frame.onerror = () => reject(new Error(`cold start: ${url} did not load`));
    frame.srcdoc = `<!doctype html><script src="${url}?load=${++loads}"></script>`;
    document.body.appendChild(frame);
  });
}

/** A cold-start workload: loading `module` whole, then `touch` once, in a fresh iframe. */
export function coldStart({ page, module, touch, expected }) {
  const name = `${page}.coldStart`;
  return {
    name,
    title: `cold start: a fresh iframe loads the whole \`${module}\` module and runs ${touch} (loads/s)`,
    unit: 'ops/s',
    async: true,
    cold: { module, touch },
    setup: (_lib, { column }) => ({ url: `/c/${page}/${column}/${name}.js` }),
    run: ({ url }) => coldLoad(url),
    expected: () => expected,
    native: {
      api: 'an empty script in a fresh iframe (the floor of every column)',
      async: true,
      setup: () => ({ url: '/c/empty.js' }),
      run: ({ url }) => coldLoad(url).then(() => expected),
    },
  };
}
