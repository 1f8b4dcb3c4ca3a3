import { expect } from 'chai';
import golden from '../golden/node16-errors.json';
import { RECEIVED_VALUES } from '../support/received-values.mjs';
import { ERROR_CASES } from '../support/error-cases.mjs';
import { expectNodeError, expectThrowsNodeError } from '../support/node-error.js';
import * as errors from '../../src/internal/errors.js';
import {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_URL,
  ERR_OUT_OF_RANGE,
  ERR_UNHANDLED_ERROR,
  ERR_UNKNOWN_ENCODING,
  isNodeError,
  makeNodeError,
} from '../../src/internal/errors.js';
import { addNumericalSeparator, formatAsString, inspectReceived } from '../../src/internal/inspect-received.js';

type ErrorClass = typeof Error | typeof TypeError | typeof RangeError;
const CLASSES: Record<string, ErrorClass> = { Error, TypeError, RangeError };

/** Node's alternative classes of a code, as polynode exports them. */
const VARIANTS: Record<string, string> = {
  'ERR_INVALID_ARG_VALUE.RangeError': 'ERR_INVALID_ARG_VALUE_RANGE',
  'ERR_INVALID_RETURN_VALUE.RangeError': 'ERR_INVALID_RETURN_VALUE_RANGE',
  'ERR_OPERATION_FAILED.TypeError': 'ERR_OPERATION_FAILED_TYPE',
  'ERR_INVALID_STATE.TypeError': 'ERR_INVALID_STATE_TYPE',
  'ERR_INVALID_STATE.RangeError': 'ERR_INVALID_STATE_RANGE',
};

type AnyCode = (...args: unknown[]) => Error & { code: string };
function codeNamed(name: string): AnyCode {
  const ctor = (errors as unknown as Record<string, unknown>)[name];
  expect(ctor, `src/internal/errors.ts exports ${name}`).to.be.a('function');
  return ctor as AnyCode;
}

describe('internal/errors: the golden file', () => {
  it('was made by Node 16.13.1 from the current tables', () => {
    expect(golden.node).to.equal('v16.13.1');
    expect(golden.received.map((entry) => entry.label)).to.deep.equal(RECEIVED_VALUES.map((value) => value.label));
    expect(golden.errors.length).to.equal(ERROR_CASES.length);
  });
});

describe('internal/inspect-received: values printed as Node 16 util.inspect prints them', () => {
  RECEIVED_VALUES.forEach((value, index) => {
    const expected = golden.received[index]!;
    const depth = value.depth ?? 2;
    it(`${value.label}${value.depth === undefined ? '' : ` (depth ${depth})`}`, () => {
      expect(inspectReceived(value.make(), depth)).to.equal(expected.inspect);
    });
  });
});

describe('internal/errors: the "Received …" part of messages, compared with Node 16', () => {
  RECEIVED_VALUES.forEach((value, index) => {
    const expected = golden.received[index]!;
    if (value.depth !== undefined) return; // inspect-only cases
    describe(value.label, () => {
      it('ERR_INVALID_ARG_TYPE', () => {
        let argType = expected.argType ?? '';
        // Node 16 has no Iterator global; where it exists, iterators inherit its `constructor`.
        if (value.iteratorHelpers && typeof (globalThis as { Iterator?: unknown }).Iterator === 'function') {
          argType = argType.replace('an instance of Object', 'an instance of Iterator');
        }
        expect(String(new ERR_INVALID_ARG_TYPE('value', 'string', value.make()))).to.equal(argType);
      });
      it('ERR_INVALID_ARG_VALUE', () => {
        expect(String(new ERR_INVALID_ARG_VALUE('value', value.make()))).to.equal(expected.argValue);
      });
      it('ERR_OUT_OF_RANGE', () => {
        expect(String(new ERR_OUT_OF_RANGE('value', '>= 0 && <= 10', value.make()))).to.equal(expected.outOfRange);
      });
      // Functions are left out here: %s prints their source text, which bundling may reformat.
      if (expected.unknownEncoding !== undefined) {
        it("ERR_UNKNOWN_ENCODING (util.format's %s)", () => {
          expect(String(new ERR_UNKNOWN_ENCODING(value.make()))).to.equal(expected.unknownEncoding);
        });
      }
    });
  });
});

describe('internal/errors: every code, compared with Node 16', () => {
  ERROR_CASES.forEach((errorCase, index) => {
    const expected = golden.errors[index]!;
    it(expected.label, () => {
      const name = errorCase.variant ? VARIANTS[`${errorCase.code}.${errorCase.variant}`]! : errorCase.code;
      const error = new (codeNamed(name) as unknown as new (...args: unknown[]) => Error)(...errorCase.args());
      expectNodeError(error, { type: CLASSES[expected.name]!, code: expected.code, message: expected.message });
      expect(String(error)).to.equal(expected.string);
      expect(Object.keys(error), 'own enumerable keys').to.deep.equal(expected.keys);
      for (const [key, shown] of Object.entries(expected.extra)) {
        expect(inspectReceived((error as unknown as Record<string, unknown>)[key]), key).to.equal(shown);
      }
    });
  });
});

describe('internal/errors: the constructors', () => {
  it('work with and without `new`, and name their code', () => {
    const called = ERR_INVALID_ARG_TYPE('size', 'number', '1');
    const constructed = new ERR_INVALID_ARG_TYPE('size', 'number', '1');
    for (const error of [called, constructed]) {
      expectNodeError(error, {
        type: TypeError,
        code: 'ERR_INVALID_ARG_TYPE',
        message: `The "size" argument must be of type number. Received type string ('1')`,
      });
      expect(isNodeError(error)).to.equal(true);
      expect(Object.getPrototypeOf(error)).to.equal(TypeError.prototype);
    }
    expect(ERR_INVALID_ARG_TYPE.code).to.equal('ERR_INVALID_ARG_TYPE');
  });

  it('keep `toString` out of the enumerable keys', () => {
    const error = new ERR_OUT_OF_RANGE('x', '>= 0', -1);
    expect(Object.keys(error)).to.deep.equal(['code']);
    expect(Object.getOwnPropertyDescriptor(error, 'toString')?.enumerable).to.equal(false);
  });

  it('add the extra own properties of a code before `code`, as Node does', () => {
    const error = new ERR_INVALID_URL('http://exa mple');
    expect(Object.keys(error)).to.deep.equal(['input', 'code']);
    expect(error.input).to.equal('http://exa mple');
  });

  it('makeNodeError still makes codes of a fixed message', () => {
    const ERR_TEST = makeNodeError<[], RangeError>('ERR_TEST', RangeError, 'fixed');
    expectThrowsNodeError(() => {
      throw ERR_TEST();
    }, { type: RangeError, code: 'ERR_TEST', message: 'fixed' });
  });

  it("start a V8 stack with Node's header `TypeError [ERR_X]: message`", () => {
    const error = new ERR_INVALID_ARG_TYPE('x', 'string', 1);
    // Only V8 (Node, Chromium) writes a header line into `stack`; Firefox lists frames only.
    if (typeof error.stack === 'string' && error.stack.startsWith('TypeError')) {
      expect(error.stack.split('\n')[0]).to.equal(String(error));
    }
  });

  it('ERR_UNHANDLED_ERROR converts a symbol as a template literal does: it throws', () => {
    expect(() => new ERR_UNHANDLED_ERROR(Symbol('s'))).to.throw(TypeError);
  });
});

describe('internal/errors: AbortError, compared with Node 16', () => {
  const expected = golden.abortError;
  it('is an Error with own enumerable `code` and `name`', () => {
    const error = new AbortError();
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal(expected.name);
    expect(error.code).to.equal(expected.code);
    expect(error.message).to.equal(expected.message);
    expect(String(error)).to.equal(expected.string);
    expect(Object.keys(error)).to.deep.equal(expected.keys);
    expect(AbortError.length).to.equal(expected.constructorLength);
  });

  it('ignores arguments, as Node 16 does (message and cause came in Node 17)', () => {
    const error = new (AbortError as unknown as new (...args: unknown[]) => AbortError)('custom message', { cause: 1 });
    expect(error.message).to.equal(expected.withArguments.message);
    expect(Object.keys(error)).to.deep.equal(expected.withArguments.keys);
    expect('cause' in error).to.equal(false);
  });
});

describe('internal/inspect-received: helpers', () => {
  it('addNumericalSeparator groups digits by three from the right, keeping a sign', () => {
    expect(addNumericalSeparator('1000000000000')).to.equal('1_000_000_000_000');
    expect(addNumericalSeparator('-4294967297')).to.equal('-4_294_967_297');
    expect(addNumericalSeparator('123')).to.equal('123');
    expect(addNumericalSeparator('-1234')).to.equal('-1_234');
  });

  it("formatAsString follows util.format's %s", () => {
    expect(formatAsString('text')).to.equal('text');
    expect(formatAsString(-0)).to.equal('-0');
    expect(formatAsString(5n)).to.equal('5n');
    expect(formatAsString(Symbol('s'))).to.equal('Symbol(s)');
    expect(formatAsString(null)).to.equal('null');
    expect(formatAsString({ a: { b: 1 } })).to.equal('{ a: [Object] }');
    expect(formatAsString({ toString: () => 'mine' })).to.equal('mine');
  });

  it('honours the depth it is given', () => {
    const value = { a: { b: { c: { d: {} } } } };
    expect(inspectReceived(value, 0)).to.equal('{ a: [Object] }');
    expect(inspectReceived(value, Infinity)).to.equal('{\n  a: { b: { c: { d: {} } } }\n}');
  });

  it('describes a browser stack without a header in V8 layout', () => {
    const error = new Error('boom');
    // A SpiderMonkey/JavaScriptCore-style stack: frames only.
    Object.defineProperty(error, 'stack', { value: 'fn@http://host/a.js:1:2\n@http://host/b.js:3:4\n' });
    expect(inspectReceived(error)).to.equal('Error: boom\n    at fn@http://host/a.js:1:2\n    at @http://host/b.js:3:4');
  });

  it("prints a polynode error as Node prints its own: header, frames, then { code: 'ERR_X' }", () => {
    const error = new ERR_INVALID_ARG_TYPE('x', 'string', 1);
    const lines = inspectReceived(error).split('\n');
    // The frames are the engine's own; the header and layout are Node's in every engine.
    expect(lines[0]).to.equal(String(error));
    expect(lines[1]).to.match(/^ {4}at /);
    expect(lines.slice(-3)).to.deep.equal([lines[lines.length - 3]!, "  code: 'ERR_INVALID_ARG_TYPE'", '}']);
    expect(lines[lines.length - 3]).to.match(/^ {4}at .* \{$/);
  });

  it('gives a custom inspect function a working inspect for nested values', () => {
    const value = {
      [Symbol.for('nodejs.util.inspect.custom')](
        _depth: number,
        _options: unknown,
        inspect: (value: unknown, options?: { depth?: number }) => string,
      ) {
        return `Wrapped<${inspect({ x: [1, 2] })}>`;
      },
    };
    expect(inspectReceived(value)).to.equal('Wrapped<{ x: [ 1, 2 ] }>');
  });
});
