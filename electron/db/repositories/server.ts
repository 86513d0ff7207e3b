// SQL for what the library knows of the organisation server: which revisions are on it (sent
// from here or pulled) or were superseded by a pulled one, the outbox of SOPs waiting to be sent,
// and each SOP's status as last pulled. The history itself (revisions) is never changed here.

import type { LocalServerStatus, PulledStatus } from '../../../shared/model/server';
import type { Db } from '../connection';

export type ServerRevisionState = 'sent' | 'pulled' | 'superseded';

/** A revision's place in its SOP's history and what the server knows of it (null: unsent). */
export type HistoryEntry = {
  key: number;
  number: number;
  uuid: string;
  state: ServerRevisionState | null;
};

/** A saved revision not yet on the server, with what publishing it sends. */
export type UnsentRevision = {
  key: number;
  uuid: string;
  createdAt: string;
  author: string;
  note: string;
  /** The packed document (document-codec.ts). */
  document: Buffer;
  sha: string;
};

export type OutboxEntry = { sopKey: number; id: string; name: string; queuedAt: string };

export type { PulledStatus } from '../../../shared/model/server';

export type LocalSop = { key: number; id: string; name: string; deleted: boolean };

const LOCAL_STATUS = `s.id,
  CASE WHEN o.sop_key IS NOT NULL THEN 'queued' ELSE coalesce(st.status, 'not-sent') END AS state,
  (SELECT count(*) FROM revisions r
     LEFT JOIN server_revisions sr ON sr.revision_key = r.key
   WHERE r.sop_key = s.key AND sr.revision_key IS NULL) AS unsent,
  coalesce(st.review_note, '') AS note, coalesce(st.reviewed_by, '') AS reviewedBy,
  st.reviewed_at AS reviewedAt, coalesce(st.decree_number, '') AS decreeNumber,
  st.decree_date AS decreeDate, coalesce(st.decree_numeral, '') AS decreeNumeral,
  coalesce(o.last_message, '') AS lastMessage
  FROM sops s LEFT JOIN outbox o ON o.sop_key = s.key LEFT JOIN server_status st ON st.sop_key = s.key`;

type LocalStatusRow = LocalServerStatus & { id: string };

export class ServerRepository {
  constructor(private readonly db: Db) {}

  /** Every SOP of the library, the bin's too (pull matches server SOPs against them). */
  localSops(): LocalSop[] {
    const rows = this.db
      .prepare('SELECT key, id, name, deleted_at IS NOT NULL AS deleted FROM sops')
      .all() as (Omit<LocalSop, 'deleted'> & { deleted: number })[];
    return rows.map((row) => ({ ...row, deleted: row.deleted === 1 }));
  }

  /** The UUIDs of every revision in the library. */
  revisionUuids(): Set<string> {
    return new Set(this.db.prepare('SELECT uuid FROM revisions').pluck().all() as string[]);
  }

  /** The revisions of an SOP in order, with their server state. */
  history(sopKey: number): HistoryEntry[] {
    return this.db
      .prepare(
        `SELECT r.key, r.number, r.uuid, sr.state FROM revisions r
         LEFT JOIN server_revisions sr ON sr.revision_key = r.key
         WHERE r.sop_key = ? ORDER BY r.number`,
      )
      .all(sopKey) as HistoryEntry[];
  }

  unsentRevisions(sopKey: number): UnsentRevision[] {
    return this.db
      .prepare(
        `SELECT r.key, r.uuid, r.created_at AS createdAt, r.author, r.note, r.document, r.sha
         FROM revisions r LEFT JOIN server_revisions sr ON sr.revision_key = r.key
         WHERE r.sop_key = ? AND sr.revision_key IS NULL ORDER BY r.number`,
      )
      .all(sopKey) as UnsentRevision[];
  }

  /** Records revisions' server state; a state once recorded is kept. */
  markRevisions(keys: readonly number[], state: ServerRevisionState, at: string): void {
    const mark = this.db.prepare(
      'INSERT OR IGNORE INTO server_revisions (revision_key, state, at) VALUES (?, ?, ?)',
    );
    for (const key of keys) mark.run(key, state, at);
  }

  /** Puts an SOP in the outbox; one already waiting keeps its place. */
  queue(sopKey: number, at: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO outbox (sop_key, queued_at) VALUES (?, ?)')
      .run(sopKey, at);
  }

  /** The live SOPs waiting to be sent, the longest waiting first. */
  outbox(): OutboxEntry[] {
    return this.db
      .prepare(
        `SELECT o.sop_key AS sopKey, s.id, s.name, o.queued_at AS queuedAt
         FROM outbox o JOIN sops s ON s.key = o.sop_key
         WHERE s.deleted_at IS NULL ORDER BY o.queued_at, o.sop_key`,
      )
      .all() as OutboxEntry[];
  }

  setLastMessage(sopKey: number, message: string): void {
    this.db.prepare('UPDATE outbox SET last_message = ? WHERE sop_key = ?').run(message, sopKey);
  }

  dequeue(sopKey: number): void {
    this.db.prepare('DELETE FROM outbox WHERE sop_key = ?').run(sopKey);
  }

  pulledStatus(sopKey: number): PulledStatus | undefined {
    return this.db
      .prepare(
        `SELECT status, review_note AS note, reviewed_by AS reviewedBy, reviewed_at AS reviewedAt,
           decree_number AS decreeNumber, decree_date AS decreeDate,
           decree_numeral AS decreeNumeral
         FROM server_status WHERE sop_key = ?`,
      )
      .get(sopKey) as PulledStatus | undefined;
  }

  writeStatus(sopKey: number, status: PulledStatus, at: string): void {
    this.db
      .prepare(
        `INSERT INTO server_status (sop_key, status, review_note, reviewed_by, reviewed_at,
           decree_number, decree_date, decree_numeral, pulled_at)
         VALUES (@sopKey, @status, @note, @reviewedBy, @reviewedAt, @decreeNumber, @decreeDate,
           @decreeNumeral, @at)
         ON CONFLICT (sop_key) DO UPDATE SET status = excluded.status,
           review_note = excluded.review_note, reviewed_by = excluded.reviewed_by,
           reviewed_at = excluded.reviewed_at, decree_number = excluded.decree_number,
           decree_date = excluded.decree_date, decree_numeral = excluded.decree_numeral,
           pulled_at = excluded.pulled_at`,
      )
      .run({ sopKey, ...status, at });
  }

  /** Every live SOP's standing with the server, by SOP id. */
  localStatuses(): Map<string, LocalServerStatus> {
    const rows = this.db
      .prepare(`SELECT ${LOCAL_STATUS} WHERE s.deleted_at IS NULL`)
      .all() as LocalStatusRow[];
    return new Map(rows.map((row) => [row.id, withoutId(row)]));
  }

  localStatus(sopKey: number): LocalServerStatus {
    const row = this.db
      .prepare(`SELECT ${LOCAL_STATUS} WHERE s.key = ?`)
      .get(sopKey) as LocalStatusRow;
    return withoutId(row);
  }
}

function withoutId({ id, ...status }: LocalStatusRow): LocalServerStatus {
  void id;
  return status;
}
