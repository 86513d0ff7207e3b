// Calls a running preview host's API from a test or bench, the way the renderer does: the token
// from the page address, arguments and results (bytes too) through the shared JSON transport. A
// failed call throws with the channel, code and message, so a test fails saying what went wrong.

import { decodeFromJson, encodeForJson } from '../../shared/api';
import type { ApiArgs, ApiChannel, ApiResponse, ApiResult } from '../../shared/api';
import type { HostProcess } from './host-process';

export async function callHost<C extends ApiChannel>(
  host: Pick<HostProcess, 'url' | 'origin'>,
  channel: C,
  ...args: ApiArgs<C>
): Promise<ApiResult<C>> {
  const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token') ?? '';
  const response = await fetch(`${host.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sop-token': token },
    body: encodeForJson({ args }),
  });
  const answer = decodeFromJson(await response.text()) as ApiResponse<ApiResult<C>>;
  if (!answer.ok) {
    throw new Error(`${channel} failed (${answer.error.code}): ${answer.error.message}`);
  }
  return answer.value;
}
