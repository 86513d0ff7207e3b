// Reading a workbook from disk for the importer (CLI and API), with the size checked before the
// bytes are loaded, and naming the `.sop.json` files written for the imported SOPs.

import { readFile, stat } from 'node:fs/promises';
import { SopError } from '../../../shared/errors';
import { fileTooLarge, MAX_WORKBOOK_BYTES } from '../../../shared/limits';

export async function readWorkbookFile(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch((error: unknown) => {
    throw new SopError(
      'io',
      `Berkas "${file}" tidak dapat dibaca. Periksa nama dan lokasinya.`,
      String(error),
    );
  });
  if (!info.isFile()) {
    throw new SopError('io', `"${file}" bukan berkas. Pilih berkas .xlsx.`);
  }
  if (info.size > MAX_WORKBOOK_BYTES) {
    throw fileTooLarge('Excel', MAX_WORKBOOK_BYTES, info.size);
  }
  const buffer = await readFile(file).catch((error: unknown) => {
    throw new SopError(
      'io',
      `Berkas "${file}" tidak dapat dibaca. Periksa izin berkasnya.`,
      String(error),
    );
  });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** `01-verifikasi-berita-pencarian-dan-pertolongan.sop.json`: position, then the name as a slug. */
export function sopFileName(index: number, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${String(index + 1).padStart(2, '0')}-${slug || 'sop'}.sop.json`;
}
