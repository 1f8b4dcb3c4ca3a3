// polyfills/web-streams installs the WHATWG stream classes only where they are missing.
import { expect } from 'chai';

describe('polyfills/web-streams', () => {
  const NAMES = ['ReadableStream', 'WritableStream', 'TransformStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'ReadableStreamDefaultReader', 'WritableStreamDefaultWriter'];
  const scope = globalThis as Record<string, unknown>;
  const original: Record<string, unknown> = {};

  before(async () => {
    for (const name of NAMES) original[name] = scope[name];
    await import('../../polyfills/web-streams.js');
  });

  it('keeps every class the platform already has (never overwrites)', () => {
    for (const name of NAMES) {
      if (original[name] !== undefined) expect(scope[name], name).to.equal(original[name]);
      else expect(scope[name], name).to.be.a('function');
    }
  });

  it('the stream classes are usable afterwards', async () => {
    const RS = scope.ReadableStream as typeof ReadableStream;
    const reader = new RS({ start: (c) => (c.enqueue(1), c.close()) }).getReader();
    expect((await reader.read()).value).to.equal(1);
  });
});
