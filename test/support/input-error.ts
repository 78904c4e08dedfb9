/** Shared by the tests: the InputError a call throws. */
import { isInputError, type InputError } from '../../src/core/errors.js';

/** The InputError `fn` throws; fails the test when it throws anything else or nothing. */
export function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an InputError, none was thrown');
}
