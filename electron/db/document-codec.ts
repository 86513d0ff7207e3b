// Documents are stored deflated: SOP JSON shrinks about five times, which keeps the library
// file, its daily copies and the integrity check at open small. SQL sees the JSON through the
// `sop_json(blob)` function that every connection registers (with `sop_stems` for search).

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { stemText } from '../../shared/rules/stem';
import type { Db } from './connection';

export function packDocument(json: string): Buffer {
  return deflateRawSync(Buffer.from(json, 'utf8'));
}

export function unpackDocument(blob: Buffer): string {
  return inflateRawSync(blob).toString('utf8');
}

/**
 * Lets triggers and migrations read a stored document as JSON text (`sop_json`) and fill the
 * search index's stem columns (`sop_stems`: the Indonesian stems of the texts given).
 */
export function registerDocumentFunctions(db: Db): void {
  db.function('sop_json', { deterministic: true }, (blob: unknown) =>
    Buffer.isBuffer(blob) ? unpackDocument(blob) : null,
  );
  db.function('sop_stems', { deterministic: true, varargs: true }, (...texts: unknown[]) =>
    stemText(texts.filter((text): text is string => typeof text === 'string')),
  );
}
