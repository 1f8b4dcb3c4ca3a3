// The export-name parity test: every module id of Node 16.13.1 loads (by import()), and
// has every export name Node has, of the same kind, with nothing extra but the documented
// polynode extensions. Node's side comes from test/golden/node16-exports.json, written by
// real Node 16.13.1 (scripts/golden/exports.mjs).
import { expect } from 'chai';
import golden from '../golden/node16-exports.json';
import { MODULES } from '../../src/modules.js';
import { MODULE_LOADERS } from '../support/module-loaders.js';
import { exportKind, type ExportDescription } from '../support/export-kind.mjs';
import { stubInfo } from '../../src/internal/unavailable.js';

interface GoldenModule {
  default: ExportDescription;
  defaultIs: string | null;
  exports: Record<string, ExportDescription & { value?: unknown }>;
  defaultOnly: Record<string, ExportDescription & { value?: unknown }>;
}
const GOLDEN = golden.modules as unknown as Record<string, GoldenModule>;

/** Why `value` does not match Node's description, or '' when it does. */
function mismatch(value: unknown, expected: ExportDescription): string {
  const kind = exportKind(value);
  // A class is a function too: where Node exports a plain function (worker_threads'
  // MessageChannel), the platform's class may stand in for it.
  const kindOk = kind === expected.kind || (expected.kind === 'function' && kind === 'class');
  if (!kindOk) return `is a ${kind}, Node's is a ${expected.kind}`;
  if (expected.kind === 'constant') {
    const type = value === null ? 'null' : typeof value;
    if (type !== expected.type) return `is a ${type} constant, Node's is a ${expected.type}`;
  }
  return '';
}

describe('export-name parity with Node 16.13.1', () => {
  it('the registry lists exactly the module ids of Node 16.13.1 (public ids and _stream_*)', () => {
    expect(MODULES.map((m) => m.id)).to.deep.equal(Object.keys(GOLDEN).sort());
    expect(Object.keys(MODULE_LOADERS)).to.deep.equal(MODULES.map((m) => m.id));
  });

  for (const info of MODULES) {
    describe(info.id, () => {
      const spec = GOLDEN[info.id]!;
      let ns: Record<string, unknown>;
      before(async () => {
        ns = await MODULE_LOADERS[info.id]!();
      });

      it('has every named export of Node, each of the same kind', () => {
        const problems = Object.entries(spec.exports)
          .map(([name, expected]) => (name in ns ? mismatch(ns[name], expected) && `${name} ${mismatch(ns[name], expected)}` : `${name} is missing`))
          .filter(Boolean);
        expect(problems).to.deep.equal([]);
      });

      it('has no named export Node lacks, except documented polynode extensions', () => {
        const allowed = new Set([...Object.keys(spec.exports), 'default', ...(info.extensions ?? [])]);
        expect(Object.keys(ns).filter((name) => !allowed.has(name))).to.deep.equal([]);
      });

      it("has a default export of Node's kind carrying every export name (what require() returns)", () => {
        expect(mismatch(ns.default, spec.default)).to.equal('');
        if (spec.defaultIs) expect(ns.default, `default is ${spec.defaultIs}`).to.equal(ns[spec.defaultIs]);
        const holder = ns.default as Record<string, unknown>;
        const members = { ...spec.exports, ...spec.defaultOnly };
        const problems = Object.entries(members)
          .map(([name, expected]) => (name in holder ? mismatch(holder[name], expected) && `${name} ${mismatch(holder[name], expected)}` : `${name} is missing`))
          .filter(Boolean);
        expect(problems).to.deep.equal([]);
        for (const name of Object.keys(spec.exports)) {
          expect(holder[name], `default.${name} is the named export`).to.equal(ns[name]);
        }
      });

      it('has Node 16 values for constants and plain data tables', () => {
        const members: Record<string, ExportDescription & { value?: unknown }> = { ...spec.exports, ...spec.defaultOnly };
        const holder = ns.default as Record<string, unknown>;
        for (const [name, expected] of Object.entries(members)) {
          if (!('value' in expected) || info.id === 'process') continue;
          const actual = holder[name];
          if (expected.kind === 'object') expect(actual, name).to.deep.equal(expected.value);
          else if (typeof actual === 'symbol') expect(actual.description, name).to.equal(expected.value);
          else if (['bigint', 'undefined'].includes(typeof actual) || (typeof actual === 'number' && !Number.isFinite(actual))) {
            expect(String(actual), name).to.equal(expected.value);
          } else expect(actual, name).to.equal(expected.value);
        }
      });

      it('throws the right Node-coded error from every stub, naming the API', () => {
        const holder = ns.default as Record<string, unknown>;
        const values = [ns.default, ...Object.keys(spec.exports).map((n) => ns[n]), ...Object.keys(spec.defaultOnly).map((n) => holder[n])];
        for (const value of values) {
          const stub = stubInfo(value);
          if (!stub) continue;
          // In a module a browser cannot offer at all, every stub says so.
          if (info.status === 'unavailable') expect(stub.reason, stub.api).to.equal('unavailable');
          if (typeof value !== 'function') continue;
          const code = stub.reason === 'unavailable' ? 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' : 'ERR_METHOD_NOT_IMPLEMENTED';
          let thrown: unknown;
          try {
            exportKind(value) === 'class' ? Reflect.construct(value, []) : (value as () => unknown)();
          } catch (error) {
            thrown = error;
          }
          expect((thrown as { code?: string })?.code, stub.api).to.equal(code);
          expect(String((thrown as Error).message), stub.api).to.contain(stub.api);
        }
      });
    });
  }
});
