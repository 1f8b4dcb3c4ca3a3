// "One Buffer, one EventEmitter, one nextTick": bundling the built `stream` (dist/) with
// Rollup, every part of it in use, must bring in polynode's buffer, events, process and
// string_decoder and the engine (readable-stream) only, never the npm packages the engine
// asks for (buffer, events, process, string_decoder, abort-controller).
import { expect } from 'chai';
import { rollup } from 'rollup';
import { resolve, relative } from 'node:path';

async function bundleStream(): Promise<{ code: string; modules: string[] }> {
  const entry = resolve('dist/stream/index.js');
  const build = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? `export * from ${JSON.stringify(entry)}; export { default } from ${JSON.stringify(entry)};` : null),
      },
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const modules = Object.keys(output[0].modules).filter((id) => id !== 'entry').map((id) => relative(resolve('.'), id));
  return { code: output[0].code, modules };
}

describe('stream bundles one copy of everything', () => {
  let bundle: { code: string; modules: string[] };
  before(async () => {
    bundle = await bundleStream();
  });

  it("uses polynode's buffer, events, process and string_decoder", () => {
    for (const id of ['dist/buffer/index.js', 'dist/events/index.js', 'dist/process/index.js', 'dist/string_decoder/index.js']) {
      expect(bundle.modules, id).to.include(id);
    }
  });

  it('holds no npm copy of buffer, events, process, string_decoder or abort-controller', () => {
    const foreign = bundle.modules.filter((id) => id.includes('node_modules/') && !id.includes('node_modules/readable-stream/'));
    expect(foreign).to.deep.equal([]);
  });

  it('contains one Buffer class and one EventEmitter implementation', () => {
    // feross/buffer (and its base64-js/ieee754), the events package and process/browser.js
    // each leave these marks.
    expect(bundle.code).not.to.match(/function Buffer\s*\(arg, encodingOrOffset, length\)/);
    expect(bundle.code).not.to.contain('ieee754');
    expect(bundle.code).not.to.contain('function EventEmitter()');
    expect(bundle.code).not.to.contain('process.binding is not supported');
    expect(bundle.code.match(/Symbol\.for\("polynode\.buffer"\)/g)?.length).to.equal(1);
    expect(bundle.code.match(/EE\.EventEmitter = EE/g)?.length).to.equal(1);
  });
});
