// Import and export of `.sop.json` files: an imported file becomes a new SOP whose first
// revision records where it came from; export writes the draft or a chosen revision.

import fs from 'node:fs';
import path from 'node:path';
import { SopError } from '../../../shared/errors';
import { fileTooLarge, MAX_SOP_FILE_BYTES } from '../../../shared/limits';
import { parseSopJson, serializeSop, type SopDocument } from '../../../shared/model';
import type { SopRecord } from '../../../shared/model/library';
import { systemFailure } from '../../db/system-errors';
import type { LibraryContext } from './context';
import { insertSop, openSop } from './documents';
import { openRevision, saveRevision } from './revisions';

export function importSopText(ctx: LibraryContext, text: string, source?: string): SopRecord {
  return importSopDocument(ctx, parseSopJson(text), source);
}

/** A document already read and validated (see `readSopFile`) becomes a new SOP. */
export function importSopDocument(
  ctx: LibraryContext,
  doc: SopDocument,
  source?: string,
): SopRecord {
  return ctx.db.transaction(() => {
    const record = insertSop(ctx, doc);
    saveRevision(ctx, record.summary.id, source ? `Diimpor dari ${source}` : 'Diimpor');
    return openSop(ctx, record.summary.id);
  })();
}

/** Several documents become new SOPs in one transaction: all of them, or none. */
export function importSopDocuments(
  ctx: LibraryContext,
  docs: readonly { document: SopDocument; source: string }[],
): SopRecord[] {
  return ctx.db.transaction(() =>
    docs.map(({ document, source }) => importSopDocument(ctx, document, source)),
  )();
}

export function importSopFile(ctx: LibraryContext, file: string): SopRecord {
  return importSopDocument(ctx, readSopFile(file), path.basename(file));
}

/**
 * Reads and validates a `.sop.json` file without a library, so a caller can refuse bad files
 * before it opens (and perhaps creates) one.
 */
export function readSopFile(file: string): SopDocument {
  return parseSopJson(readText(file));
}

/** The `.sop.json` text of the draft, or of revision `revision` when given. */
export function exportSopText(ctx: LibraryContext, id: string, revision?: number): string {
  const doc =
    revision === undefined ? openSop(ctx, id).document : openRevision(ctx, id, revision).document;
  return serializeSop(doc);
}

export function exportSopFile(
  ctx: LibraryContext,
  id: string,
  file: string,
  revision?: number,
): void {
  const text = exportSopText(ctx, id, revision);
  // Write next to the target and rename, so an interrupted export never leaves half a file.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw (
      systemFailure(error, `Berkas "${path.basename(file)}"`) ??
      new SopError(
        'io',
        `Berkas "${path.basename(file)}" tidak dapat ditulis. Periksa folder tujuan dan ruang disk, lalu coba lagi.`,
        `${file}: ${String(error)}`,
      )
    );
  }
}

function readText(file: string): string {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw unreadable(file, error);
  }
  // A huge file is refused before it is read into memory.
  if (size > MAX_SOP_FILE_BYTES) {
    throw fileTooLarge(`SOP "${path.basename(file)}"`, MAX_SOP_FILE_BYTES, size);
  }
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): SopError {
  return new SopError(
    'io',
    `Berkas "${path.basename(file)}" tidak dapat dibaca. Periksa nama dan izin berkas.`,
    `${file}: ${String(error)}`,
  );
}
