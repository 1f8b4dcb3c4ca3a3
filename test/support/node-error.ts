// One helper for every error test: checks the class, `code`, `name`, message and
// `String(err)` shape of a Node-coded error, the way Node 16 prints it.
import { expect } from 'chai';

/** What a Node 16 error looks like. */
export interface ExpectedNodeError {
  /** The built-in class: TypeError, RangeError, Error … */
  type: abstract new (...args: never[]) => Error;
  code: string;
  message: string | RegExp;
}

/** Asserts that `error` is the Node error described by `expected`. */
export function expectNodeError(error: unknown, expected: ExpectedNodeError): void {
  expect(error, 'an error was thrown').to.be.instanceOf(expected.type);
  const err = error as Error & { code?: unknown };
  expect(err.code, 'code').to.equal(expected.code);
  expect(err.name, 'name').to.equal(expected.type.name);
  if (typeof expected.message === 'string') expect(err.message, 'message').to.equal(expected.message);
  else expect(err.message, 'message').to.match(expected.message);
  expect(String(err), 'String(err)').to.equal(`${expected.type.name} [${expected.code}]: ${err.message}`);
}

/** Calls `fn`, asserts that it throws the Node error described by `expected`, and returns it. */
export function expectThrowsNodeError(fn: () => unknown, expected: ExpectedNodeError): Error {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) expect.fail(`expected ${expected.code} to be thrown, but nothing was`);
  expectNodeError(thrown, expected);
  return thrown as Error;
}
