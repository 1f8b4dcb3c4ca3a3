// The status page: what polynode's built dist/ does in this browser, module by module.
// Plain browser JavaScript, no build step. It loads the registry (dist/modules.js) and the
// export names of real Node 16 (test/golden/node16-exports.json), imports every module from
// dist/, counts its real exports (values without the stub marker) and smoke-checks every
// module that is not all stubs. When it is finished, <body> gets data-status="done" and
// data-failures="N" (a test waits for those).
import { SMOKE } from './smoke.js';

const STUB = Symbol.for('polynode.stub');
const CHECK_TIMEOUT_MS = 5000;
const STATUSES = ['full', 'partial', 'planned', 'unavailable'];
const STUB_ERROR_CODE = {
  'not-implemented': 'ERR_METHOD_NOT_IMPLEMENTED',
  unavailable: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
};

const repoUrl = (path) => new URL(`../${path}`, import.meta.url);
const number = new Intl.NumberFormat('en');
const $ = (selector) => document.querySelector(selector);

/** The stub marker of a value ({ api, reason }), or undefined for a real export. */
function stubInfo(value) {
  if ((typeof value !== 'function' && typeof value !== 'object') || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, STUB) ? value[STUB] : undefined;
}

const isClass = (fn) => /^class\b/.test(Function.prototype.toString.call(fn));

/** A short, one-line description of a thrown value. */
function describeError(error) {
  if (error instanceof Error) return String(error);
  return `non-error thrown: ${String(error)}`;
}

/** Creates an element: el('td', { className: 'x' }, 'text', child …). */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The values that make up a module's export names, as Node 16 has them: the named exports,
 * the properties only the default export has, and the default export itself where it is an
 * API of its own (a function or class that is not also a named export).
 */
function exportValues(ns, spec) {
  const holder = ns.default;
  const values = [];
  const own = spec.default && (spec.default.kind === 'function' || spec.default.kind === 'class') && !spec.defaultIs;
  if (own) values.push({ name: 'default', present: 'default' in ns, value: ns.default });
  for (const name of Object.keys(spec.exports)) values.push({ name, present: name in ns, value: ns[name] });
  for (const name of Object.keys(spec.defaultOnly)) {
    const present = holder !== null && holder !== undefined && name in Object(holder);
    values.push({ name, present, value: present ? holder[name] : undefined });
  }
  return values;
}

/** The built-in checks of a module that is not all stubs. */
function builtinChecks(spec, values) {
  return {
    'has every named export of Node 16': (ns) => {
      const missing = Object.keys(spec.exports).filter((name) => !(name in ns));
      if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    },
    'its default export carries every export name of Node 16': (ns) => {
      if (ns.default === null || ns.default === undefined) throw new Error('there is no default export');
      const holder = Object(ns.default);
      const missing = [...Object.keys(spec.exports), ...Object.keys(spec.defaultOnly)].filter((name) => !(name in holder));
      if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    },
    'every stub throws its Node-coded error, naming the API': () => {
      const problems = [];
      for (const { value } of values) {
        const stub = stubInfo(value);
        if (!stub || typeof value !== 'function') continue;
        let thrown;
        try {
          if (isClass(value)) Reflect.construct(value, []);
          else value();
        } catch (error) {
          thrown = error;
        }
        const code = STUB_ERROR_CODE[stub.reason];
        if (thrown?.code !== code || !String(thrown?.message).includes(stub.api)) {
          problems.push(`${stub.api}: ${thrown === undefined ? 'did not throw' : describeError(thrown)}`);
        }
      }
      if (problems.length) throw new Error(problems.join('; '));
    },
  };
}

/** Runs named checks one after another; returns [{ name, ok, message }]. */
async function runChecks(checks, ns) {
  const results = [];
  for (const [name, check] of Object.entries(checks)) {
    try {
      const outcome = await withTimeout(Promise.resolve().then(() => check(ns)), CHECK_TIMEOUT_MS, 'the check');
      results.push(outcome === false ? { name, ok: false, message: 'returned false' } : { name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, message: describeError(error) });
    }
  }
  return results;
}

/**
 * Imports one module and checks it. The result:
 * { importError?, real, total, allStubs, checks: [{ name, ok, message }] | null }
 * (checks is null when the import failed, or when the module is all stubs and has no smoke
 * checks of its own).
 */
async function checkModule(info, spec) {
  let ns;
  try {
    ns = await withTimeout(import(repoUrl(`dist/${info.id}/index.js`)), CHECK_TIMEOUT_MS * 2, 'the import');
  } catch (error) {
    return { importError: describeError(error), real: 0, total: 0, allStubs: false, checks: null };
  }
  if (!spec) {
    return { importError: 'Node 16 has no module of this id (not in test/golden/node16-exports.json)', real: 0, total: 0, allStubs: false, checks: null };
  }
  const values = exportValues(ns, spec);
  const real = values.filter((entry) => entry.present && !stubInfo(entry.value)).length;
  const allStubs = real === 0;
  const own = SMOKE[info.id];
  if (allStubs && !own) return { real, total: values.length, allStubs, checks: null };
  const checks = await runChecks({ ...(allStubs ? {} : builtinChecks(spec, values)), ...own }, ns);
  return { real, total: values.length, allStubs, checks };
}

// ---------------------------------------------------------------------------------------
// Rendering

function moduleRow(info) {
  const idCell = el('th', { scope: 'row' }, el('code', {}, info.id));
  if (info.aliasOf) idCell.append(el('span', { className: 'alias' }, `alias of ${info.aliasOf}`));
  const statusCell = el('td', {}, el('span', { className: `badge badge-${info.status}` }, info.status));
  if (info.issue) statusCell.append(el('span', { className: 'issue' }, info.issue));
  const row = el(
    'tr',
    {},
    idCell,
    statusCell,
    el('td', { className: 'exports' }, el('span', { className: 'muted' }, '…')),
    el('td', { className: 'smoke' }, el('span', { className: 'muted' }, 'checking…')),
    el('td', { className: 'note' }, info.note),
  );
  row.dataset.id = info.id;
  row.dataset.status = info.status;
  row.dataset.result = 'pending';
  return row;
}

function renderExports(cell, result) {
  if (result.importError) {
    cell.replaceChildren(el('span', { className: 'muted' }, '—'));
    return;
  }
  const percent = result.total ? Math.round((result.real / result.total) * 100) : 0;
  const bar = el('span', { className: 'bar' }, el('span', { className: 'bar-fill' }));
  bar.firstChild.style.width = `${percent}%`;
  bar.setAttribute('aria-hidden', 'true');
  cell.replaceChildren(
    el('span', { className: 'count', title: `${result.real} of ${result.total} export names are real; the rest are stubs` }, `${number.format(result.real)} / ${number.format(result.total)}`),
    bar,
  );
}

function renderSmoke(cell, result) {
  if (result.importError) {
    cell.replaceChildren(el('span', { className: 'result result-fail' }, '✗ import failed'), el('p', { className: 'message' }, result.importError));
    return;
  }
  if (!result.checks) {
    cell.replaceChildren(el('span', { className: 'result result-skip' }, 'all stubs, not checked'));
    return;
  }
  const failed = result.checks.filter((check) => !check.ok);
  const label = failed.length
    ? `✗ ${failed.length} of ${result.checks.length} failed`
    : `✓ ${result.checks.length} ${result.checks.length === 1 ? 'check' : 'checks'} passed`;
  const list = el(
    'ul',
    {},
    ...result.checks.map((check) =>
      el(
        'li',
        { className: check.ok ? 'check-pass' : 'check-fail' },
        el('span', { className: 'visually-hidden' }, check.ok ? 'passed: ' : 'failed: '),
        check.name,
        check.ok ? null : el('span', { className: 'message' }, ` — ${check.message}`),
      ),
    ),
  );
  const details = el('details', { open: failed.length > 0 }, el('summary', { className: `result ${failed.length ? 'result-fail' : 'result-pass'}` }, label), list);
  cell.replaceChildren(details);
}

/** Page-level problems: a missing build, an error outside any check. */
const problems = [];

function reportProblem(message) {
  problems.push(message);
  const box = $('#problems');
  box.hidden = false;
  $('#problem-list').append(el('li', {}, message));
  if (document.body.dataset.status === 'done') document.body.dataset.failures = String(Number(document.body.dataset.failures) + 1);
}

window.addEventListener('error', (event) => reportProblem(`Uncaught error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => reportProblem(`Unhandled rejection: ${describeError(event.reason)}`));

function finish(failures) {
  document.body.dataset.failures = String(failures);
  document.body.dataset.status = 'done';
  document.title = failures ? `✗ ${failures} failing — polynode status` : 'polynode status';
}

function renderEnvironment() {
  const isolated = globalThis.crossOriginIsolated === true;
  $('#environment').replaceChildren(
    el('li', {}, 'Browser: ', el('span', {}, navigator.userAgent)),
    el('li', {}, 'Cross-origin isolated: ', el('strong', {}, isolated ? 'yes' : 'no'), isolated ? ' (SharedArrayBuffer and Atomics.wait are available)' : ' (serve with COOP/COEP headers for SharedArrayBuffer)'),
  );
}

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  renderEnvironment();
  let MODULES;
  let golden;
  try {
    ({ MODULES } = await import(repoUrl('dist/modules.js')));
    golden = await loadJson(repoUrl('test/golden/node16-exports.json'));
  } catch (error) {
    reportProblem(`Could not load the registry or the golden export list (${describeError(error)}). Run \`npm run build\`, then reload.`);
    $('#summary').textContent = 'Nothing to show: dist/ is missing or broken.';
    finish(problems.length);
    return;
  }

  $('#node-version').textContent = golden.node;
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, MODULES.filter((m) => m.status === status).length]));
  $('#counts').replaceChildren(
    ...STATUSES.flatMap((status) => [el('dt', {}, el('span', { className: `badge badge-${status}` }, status)), el('dd', {}, String(byStatus[status]))]),
  );

  const rows = new Map(MODULES.map((info) => [info.id, moduleRow(info)]));
  $('#modules tbody').replaceChildren(...rows.values());

  const results = await Promise.all(
    MODULES.map(async (info) => {
      const result = await checkModule(info, golden.modules[info.id]);
      const row = rows.get(info.id);
      renderExports(row.querySelector('.exports'), result);
      renderSmoke(row.querySelector('.smoke'), result);
      const failed = result.importError || result.checks?.some((check) => !check.ok);
      row.dataset.result = failed ? 'fail' : result.checks ? 'pass' : 'skipped';
      return { info, result, failed: Boolean(failed) };
    }),
  );

  // Smoke checks for an id the registry does not have are a typo in smoke.js.
  for (const id of Object.keys(SMOKE)) {
    if (!rows.has(id)) reportProblem(`start/smoke.js has checks for "${id}", which is not a module id of the registry.`);
  }

  const count = (predicate) => results.filter(predicate).length;
  const checked = count((r) => r.result.checks);
  const passed = count((r) => r.result.checks && !r.failed);
  const importFailed = count((r) => r.result.importError);
  const skipped = results.length - checked - importFailed;
  const real = results.reduce((sum, r) => sum + r.result.real, 0);
  const total = results.reduce((sum, r) => sum + r.result.total, 0);
  const failures = count((r) => r.failed) + problems.length;

  $('#summary').replaceChildren(
    el('strong', { className: failures ? 'result-fail' : 'result-pass' }, failures ? `✗ ${failures} ${failures === 1 ? 'failure' : 'failures'}` : '✓ No failures'),
    ` — ${MODULES.length} modules: ${checked} smoke-checked (${passed} passed, ${checked - passed} failed), `,
    `${skipped} all stubs (not checked)${importFailed ? `, ${importFailed} failed to import` : ''}. `,
    `${number.format(real)} of ${number.format(total)} export names are real (${total ? Math.round((real / total) * 100) : 0}%).`,
  );
  finish(failures);
}

main().catch((error) => {
  reportProblem(`The status page itself failed: ${describeError(error)}`);
  finish(problems.length);
});
