// The SopError a call throws, for tests that assert its code and message; any other outcome fails.

import { SopError } from '../../shared/errors';

export function errorOf(fn: () => unknown): SopError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SopError) return error;
    throw error;
  }
  throw new Error('expected a SopError');
}

/** The SopError a promise rejects with; any other outcome fails. */
export async function sopErrorOf(promise: Promise<unknown>): Promise<SopError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SopError) return error;
    throw error;
  }
  throw new Error('expected a SopError');
}
