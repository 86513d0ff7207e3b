// The files the `sop` commands read and write: .sop.json inputs, Excel workbooks (their size
// checked before the bytes are loaded) and PDF outputs, with messages in Bahasa Indonesia that
// name the file.

import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SopError } from '../../shared/errors';
import { fileTooLarge, MAX_WORKBOOK_BYTES } from '../../shared/limits';
import { parseSopJson, type SopDocument } from '../../shared/model';
import { systemFailure } from '../db/system-errors';
import { asSopError } from './failure';

/** The text of a file given on the command line, as an absolute path and its contents. */
export async function readTextFile(
  cwd: string,
  name: string,
): Promise<{ file: string; text: string }> {
  const file = path.resolve(cwd, name);
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw unreadable(file, error);
  });
  return { file, text };
}

/** A .sop.json input; a document that is not valid names its file in the message. */
export async function readSop(cwd: string, name: string): Promise<SopDocument> {
  const { file, text } = await readTextFile(cwd, name);
  try {
    return parseSopJson(text);
  } catch (error) {
    const failure = asSopError(error);
    throw new SopError(failure.code, `${file}: ${failure.message}`, failure.detail);
  }
}

export function readWorkbookFile(file: string): Promise<Uint8Array> {
  return readImportFile(file, { kind: 'Excel', pick: '.xlsx', limit: MAX_WORKBOOK_BYTES });
}

/** A file to import (a workbook or a PDF): its size checked against `limit` before it is read. */
export async function readImportFile(
  file: string,
  { kind, pick, limit }: { kind: string; pick: string; limit: number },
): Promise<Uint8Array> {
  const info = await stat(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  if (!info.isFile()) {
    throw new SopError('io', `"${file}" bukan berkas. Pilih berkas ${pick}.`);
  }
  if (info.size > limit) throw fileTooLarge(kind, limit, info.size);
  const buffer = await readFile(file).catch((error: unknown) => {
    throw new SopError(
      'io',
      `Berkas "${file}" tidak dapat dibaca. Periksa izin berkasnya.`,
      String(error),
    );
  });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export async function writePdf(cwd: string, name: string, bytes: Uint8Array): Promise<string> {
  const file = path.resolve(cwd, name);
  await writeFile(file, bytes).catch((error: unknown) => {
    throw (
      systemFailure(error, `PDF "${file}"`) ??
      new SopError(
        'io',
        `PDF tidak dapat ditulis ke "${file}". Periksa folder dan izin menulisnya.`,
        String(error),
      )
    );
  });
  return file;
}

function unreadable(file: string, error: unknown): SopError {
  return new SopError(
    'io',
    `Berkas "${file}" tidak dapat dibaca. Periksa nama dan lokasinya.`,
    String(error),
  );
}
