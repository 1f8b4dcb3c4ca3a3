import { expect } from 'chai';
import golden from '../golden/node16-errors.json';
import { VALIDATOR_CASES } from '../support/validator-cases.mjs';
import { expectNodeError, expectThrowsNodeError } from '../support/node-error.js';
import * as validators from '../../src/internal/validators.js';
import {
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
} from '../../src/internal/validators.js';

type ErrorClass = typeof Error | typeof TypeError | typeof RangeError;
const CLASSES: Record<string, ErrorClass> = { Error, TypeError, RangeError };

describe('internal/validators: compared with Node 16 internal/validators', () => {
  it('the golden file matches the table of calls', () => {
    expect(golden.validators.length).to.equal(VALIDATOR_CASES.length);
    golden.validators.forEach((entry, index) => expect(entry.fn).to.equal(VALIDATOR_CASES[index]!.fn));
  });

  VALIDATOR_CASES.forEach((call, index) => {
    const expected = golden.validators[index]!;
    it(expected.label, () => {
      const fn = (validators as unknown as Record<string, (...args: unknown[]) => unknown>)[call.fn];
      expect(fn, `src/internal/validators.ts exports ${call.fn}`).to.be.a('function');
      let returned: unknown;
      let thrown: unknown;
      try {
        returned = fn!(...call.args());
      } catch (error) {
        thrown = error;
      }
      if ('threw' in expected && expected.threw) {
        expectNodeError(thrown, {
          type: CLASSES[expected.threw.name]!,
          code: expected.threw.code,
          message: expected.threw.message,
        });
        expect(String(thrown)).to.equal(expected.threw.string);
      } else {
        if (thrown !== undefined) throw thrown;
        expect(returned ?? null).to.equal('returned' in expected ? expected.returned : null);
      }
    });
  });
});

describe('internal/validators: beyond Node 16', () => {
  // Node 16's validateNumber takes (value, name) only. The optional bounds follow the later
  // Node versions that added them; these messages were checked against Node 20.
  it('validateNumber(value, name, min, max) checks the bounds when given', () => {
    expectThrowsNodeError(() => validateNumber(5, 'n', 0, 3), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "n" is out of range. It must be >= 0 && <= 3. Received 5',
    });
    expectThrowsNodeError(() => validateNumber(5, 'n', 6), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "n" is out of range. It must be >= 6. Received 5',
    });
    expectThrowsNodeError(() => validateNumber(NaN, 'n', undefined, 1), {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "n" is out of range. It must be <= 1. Received NaN',
    });
    expect(() => validateNumber(NaN, 'n')).not.to.throw();
    expect(() => validateNumber(1, 'n', null, null)).not.to.throw();
  });
});

describe('internal/validators: assertion signatures narrow the type', () => {
  it('lets checked values be used as their type', () => {
    const input: unknown = 'text';
    validateString(input, 'input');
    expect(input.toUpperCase()).to.equal('TEXT');
    const count: unknown = 3;
    validateInteger(count, 'count', 0);
    expect(count + 1).to.equal(4);
    const options: unknown = { a: 1 };
    validateObject(options, 'options');
    expect(Object.keys(options)).to.deep.equal(['a']);
    const mode: unknown = 'b';
    validateOneOf(mode, 'mode', ['a', 'b'] as const);
    expect(mode).to.equal('b');
  });

  it('validateBuffer refuses an object that only looks like a view', () => {
    expectThrowsNodeError(() => validators.validateBuffer({ buffer: new ArrayBuffer(1) }), {
      type: TypeError,
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of Object',
    });
  });
});
