import { isParalignError, type ParalignError } from '../../src/errors.js';

/** Run `f`, expecting it to throw a ParalignError; return that error (any other outcome fails the test). */
export function paralignError(f: () => unknown): ParalignError {
  try {
    f();
  } catch (e) {
    if (isParalignError(e)) return e;
    throw e;
  }
  throw new Error('expected a ParalignError');
}
