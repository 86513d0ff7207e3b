// What every library use case works with: the open database, its repositories, the clock and
// the name of the person saving (the OS user), plus the shared helpers for stored documents.

import { createHash } from 'node:crypto';
import { SopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import type { Db } from '../../db/connection';
import { packDocument, unpackDocument } from '../../db/document-codec';
import { RevisionRepository } from '../../db/repositories/revisions';
import { ServerRepository } from '../../db/repositories/server';
import { SettingsRepository } from '../../db/repositories/settings';
import type { DraftFields, SopRow } from '../../db/repositories/sops';
import { SopRepository } from '../../db/repositories/sops';

export type LibraryContext = {
  db: Db;
  dataDir: string;
  sops: SopRepository;
  revisions: RevisionRepository;
  settings: SettingsRepository;
  server: ServerRepository;
  now: () => Date;
  author: string;
};

export function createContext(
  db: Db,
  dataDir: string,
  now: () => Date,
  author: string,
): LibraryContext {
  return {
    db,
    dataDir,
    now,
    author,
    sops: new SopRepository(db),
    revisions: new RevisionRepository(db),
    settings: new SettingsRepository(db),
    server: new ServerRepository(db),
  };
}

/**
 * A document as stored: compact JSON (key order kept, so export gives back the same file) with
 * its checksum; it is packed only when actually written.
 */
export type EncodedDocument = { json: string; sha: string };

export function encodeDocument(doc: SopDocument): EncodedDocument {
  const json = JSON.stringify(doc);
  return { json, sha: createHash('sha256').update(json).digest('hex') };
}

export function decodeDocument(packed: Buffer): SopDocument {
  return JSON.parse(unpackDocument(packed)) as SopDocument;
}

export function draftFields(doc: SopDocument, encoded: EncodedDocument, at: string): DraftFields {
  return {
    name: doc.identity.name,
    number: doc.identity.number,
    unit: doc.identity.unit,
    draft: packDocument(encoded.json),
    draftSha: encoded.sha,
    at,
  };
}

export function requireSop(ctx: LibraryContext, id: string): SopRow {
  const row = ctx.sops.find(id);
  if (!row) {
    const inBin = ctx.sops.find(id, true) !== undefined;
    throw new SopError(
      'not-found',
      inBin
        ? 'SOP ini ada di Sampah. Pulihkan dulu dari Sampah untuk membukanya.'
        : 'SOP tidak ditemukan di pustaka; mungkin sudah dihapus. Muat ulang daftar SOP.',
      id,
    );
  }
  return row;
}
