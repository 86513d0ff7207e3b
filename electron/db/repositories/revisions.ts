// SQL for the revision history (Riwayat revisi): append-only rows; triggers refuse changes.

import { randomUUID } from 'node:crypto';
import type { RevisionInfo } from '../../../shared/model/library';
import type { Db } from '../connection';

export type NewRevision = {
  createdAt: string;
  author: string;
  note: string;
  /** The packed document (document-codec.ts). */
  document: Buffer;
  sha: string;
  /** The revision's id on the organisation server (a new random UUID unless it came from there). */
  uuid?: string;
};

export type StoredRevision = { info: RevisionInfo; document: Buffer; sha: string };

type StoredRow = RevisionInfo & { document: Buffer; sha: string };

/** The columns of a `RevisionInfo`, named and ordered as its fields: such a row is the info. */
const INFO = `s.id AS sopId, r.number, r.created_at AS createdAt, r.note, r.author,
  r.approved_at AS approvedAt`;

export class RevisionRepository {
  constructor(private readonly db: Db) {}

  /** Appends the next revision of an SOP and returns its number. */
  append(sopKey: number, revision: NewRevision): number {
    const { next } = this.db
      .prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM revisions WHERE sop_key = ?')
      .get(sopKey) as { next: number };
    this.db
      .prepare(
        `INSERT INTO revisions (sop_key, number, created_at, author, note, document, sha, uuid)
         VALUES (@sopKey, @number, @createdAt, @author, @note, @document, @sha, @uuid)`,
      )
      .run({ sopKey, number: next, ...revision, uuid: revision.uuid ?? randomUUID() });
    return next;
  }

  list(sopKey: number): RevisionInfo[] {
    return this.db
      .prepare(
        `SELECT ${INFO} FROM revisions r JOIN sops s ON s.key = r.sop_key
         WHERE r.sop_key = ? ORDER BY r.number DESC`,
      )
      .all(sopKey) as RevisionInfo[];
  }

  find(sopKey: number, number: number): StoredRevision | undefined {
    const row = this.db
      .prepare(
        `SELECT ${INFO}, r.document, r.sha FROM revisions r JOIN sops s ON s.key = r.sop_key
         WHERE r.sop_key = ? AND r.number = ?`,
      )
      .get(sopKey, number) as StoredRow | undefined;
    if (!row) return undefined;
    const { document, sha, ...info } = row;
    return { info, document, sha };
  }

  /** Number and checksum of the newest revision, without reading its document. */
  latest(sopKey: number): { number: number; sha: string; approvedAt: string | null } | undefined {
    return this.db
      .prepare(
        `SELECT number, sha, approved_at AS approvedAt FROM revisions WHERE sop_key = ?
         ORDER BY number DESC LIMIT 1`,
      )
      .get(sopKey) as { number: number; sha: string; approvedAt: string | null } | undefined;
  }

  markApproved(sopKey: number, number: number, at: string): void {
    this.db
      .prepare(
        'UPDATE revisions SET approved_at = ? WHERE sop_key = ? AND number = ? AND approved_at IS NULL',
      )
      .run(at, sopKey, number);
  }
}
