// Runs a fixture bundle (a `*.fixture.ts` test entry) in a fresh same-origin iframe, for tests
// of code that changes its page for good (zone.js replacing Promise, the stdio polyfill), and
// returns what the fixture put on `window[resultKey]` (awaited when it is a promise).
// Browsers only: callers skip in Node.

/** Loads `fixtureUrl` as a module in a new iframe; resolves with `window[resultKey]` and the frame's window. */
export async function runInFrame<T>(fixtureUrl: string, resultKey: string, inspect?: (win: Window) => void): Promise<T> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module" src="${fixtureUrl}"></script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.appendChild(frame);
  try {
    await loaded;
    const win = frame.contentWindow as unknown as Record<string, unknown> & Window;
    for (let i = 0; i < 300 && win[resultKey] === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    if (win[resultKey] === undefined) throw new Error(`${fixtureUrl} did not report on window.${resultKey}`);
    const result = (await win[resultKey]) as T;
    inspect?.(win);
    return result;
  } finally {
    frame.remove();
  }
}
