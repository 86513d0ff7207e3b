// Files of the PDF commands: reading .sop.json inputs and writing PDF outputs, with messages in
// Bahasa Indonesia that name the file.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SopError } from '../../../shared/errors';
import { parseSopJson, type SopDocument } from '../../../shared/model';

export async function readSop(cwd: string, name: string): Promise<SopDocument> {
  const file = path.resolve(cwd, name);
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new SopError(
      'io',
      `Berkas "${file}" tidak dapat dibaca. Periksa nama dan lokasinya.`,
      String(error),
    );
  });
  try {
    return parseSopJson(text);
  } catch (error) {
    if (error instanceof SopError)
      throw new SopError(error.code, `${file}: ${error.message}`, error.detail);
    throw error;
  }
}

export async function writePdf(cwd: string, name: string, bytes: Uint8Array): Promise<string> {
  const file = path.resolve(cwd, name);
  await writeFile(file, bytes).catch((error: unknown) => {
    throw new SopError(
      'io',
      `PDF tidak dapat ditulis ke "${file}". Periksa folder dan izin menulisnya.`,
      String(error),
    );
  });
  return file;
}
