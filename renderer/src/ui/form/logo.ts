// Reads a picked image file into the document's logo: PNG or JPEG only (checked by the file's
// first bytes, not its name), at most MAX_LOGO_BYTES, stored as base64.

import { bytesToBase64 } from '../../../../shared/api';
import { MAX_LOGO_BYTES } from '../../../../shared/limits';
import type { Logo } from '../../../../shared/model';

export type LogoResult = { ok: true; logo: Logo } | { ok: false; reason: 'type' | 'size' };

export function sniffImageType(bytes: Uint8Array): Logo['mime'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((value, i) => bytes[i] === value)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function logoFromBytes(bytes: Uint8Array): LogoResult {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: 'size' };
  const mime = sniffImageType(bytes);
  if (!mime) return { ok: false, reason: 'type' };
  return { ok: true, logo: { mime, data: bytesToBase64(bytes) } };
}

export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mime};base64,${logo.data}`;
}
