// Reads a picked image file into the document's logo: a PNG or JPEG (known by its bytes, not its
// name) within the logo limits, checked by the same rule as imported logos, stored as base64.

import { bytesToBase64 } from '../../../../shared/api';
import { checkLogoBytes, type Logo, type LogoBytesCheck } from '../../../../shared/model';

type LogoProblem = Extract<LogoBytesCheck, { ok: false }>['problem'];

export type LogoResult = { ok: true; logo: Logo } | { ok: false; problem: LogoProblem };

export function logoFromBytes(bytes: Uint8Array): LogoResult {
  const check = checkLogoBytes(bytes);
  if (!check.ok) return { ok: false, problem: check.problem };
  return { ok: true, logo: { mime: check.info.mime, data: bytesToBase64(bytes) } };
}

export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mime};base64,${logo.data}`;
}
