// The one error a cancelled job fails with, wherever it ran.

import { SopError } from '../../../shared/errors';

export function cancelledError(): SopError {
  return new SopError('cancelled', 'Dibatalkan; tidak ada yang disimpan. (Cancelled.)');
}
