// Every failure a command meets becomes a message in Bahasa Indonesia for the user; the
// technical detail (SQLite code, system error, stack) is printed only in debug mode (`--debug`
// or SOP_DEBUG=1), so no stack trace reaches a user who did not ask for one.

import { SopError, isSopError } from '../../shared/errors';
import { systemFailure, technicalDetail } from '../db/system-errors';
import type { CliIO } from './command';

export const DEBUG_ENV = 'SOP_DEBUG';

export function asSopError(error: unknown): SopError {
  if (isSopError(error)) return error;
  return (
    systemFailure(error) ??
    new SopError(
      'internal',
      'Terjadi kesalahan tak terduga. Jalankan lagi dengan --debug untuk melihat rinciannya, lalu laporkan kepada pengembang.',
      technicalDetail(error),
    )
  );
}

/** Prints why something failed (after `prefix`, e.g. the file name) and, in debug mode, why. */
export function reportFailure(io: CliIO, error: unknown, prefix = ''): void {
  const failure = asSopError(error);
  io.err(`${prefix}${failure.message}`);
  if (io.env[DEBUG_ENV] === '1' && failure.detail) io.err(`[debug] ${failure.detail}`);
}

/** The last line of a batch with failures: "x dari y berhasil; z gagal". */
export function batchSummary(total: number, failed: number): string {
  return `${total - failed} dari ${total} berhasil; ${failed} gagal.`;
}
