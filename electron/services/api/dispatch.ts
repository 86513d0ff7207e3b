// The one gate every call passes, over IPC or HTTP: known channel, arguments validated against
// the contract's schema, errors turned into messages a user can act on.

import { apiContract } from '../../../shared/api';
import type { ApiResponse, ChannelSpec } from '../../../shared/api';
import { isSopError } from '../../../shared/errors';
import { documentLimitMessage } from '../../../shared/model';
import { systemFailure } from '../../db/system-errors';
import type { ApiHandlers } from './types';

type Log = (message: string) => void;
const logToConsole: Log = (message) => console.error(message);

/** Dispatches a call of the shared API contract. */
export function dispatch(
  handlers: ApiHandlers,
  channel: string,
  args: unknown,
  log: Log = logToConsole,
): Promise<ApiResponse<unknown>> {
  return dispatchCall(apiContract, handlers, channel, args, log);
}

/** Dispatches a call of any contract (the shared one, or the desktop-only one in main). */
export async function dispatchCall<C extends Record<string, ChannelSpec>>(
  contract: C,
  handlers: { [K in keyof C]: unknown },
  channel: string,
  args: unknown,
  log: Log = logToConsole,
): Promise<ApiResponse<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(contract, channel)) {
    return failure('invalid-argument', `Perintah "${channel.slice(0, 60)}" tidak dikenal.`);
  }
  const parsed = (contract[channel] as ChannelSpec).args.safeParse(args);
  if (!parsed.success) {
    log(`[api] ${channel}: invalid arguments: ${parsed.error.message}`);
    // A document over one of its limits is the user's data, not a broken caller: say which limit.
    const limit = documentLimitMessage(parsed.error.issues);
    if (limit !== null) return failure('invalid-document', limit);
    return failure(
      'invalid-argument',
      'Data yang dikirim ke perintah ini tidak sah. Muat ulang aplikasi; bila berulang, laporkan kepada pengembang.',
    );
  }
  try {
    const handler = handlers[channel as keyof C] as (...a: unknown[]) => unknown;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    // A full disk or a read-only folder met anywhere below gets its own message, not "unexpected".
    const known = isSopError(error) ? error : systemFailure(error);
    if (known) {
      if (known.detail) log(`[api] ${channel}: ${known.code}: ${known.detail}`);
      return failure(known.code, known.message);
    }
    log(
      `[api] ${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return failure(
      'internal',
      'Terjadi kesalahan tak terduga. Pekerjaan yang sudah tersimpan aman; coba lagi, dan bila berulang laporkan kepada pengembang.',
    );
  }
}

function failure(code: string, message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}
