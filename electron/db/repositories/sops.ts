// SQL for SOP rows: the working draft (updated in place by autosave), listing and the bin.

import type {
  ListPage,
  SopSortKey,
  SopStatusFilter,
  SopSummary,
  UnitCount,
} from '../../../shared/model/library';
import type { Db } from '../connection';

/** An SOP's row: its key, the stored working draft and its checksum, and what the list shows. */
export type SopRow = { key: number; draft: Buffer; draftSha: string; summary: SopSummary };

export type DraftFields = {
  name: string;
  number: string;
  unit: string;
  /** The packed document (document-codec.ts). */
  draft: Buffer;
  draftSha: string;
  at: string;
};

export type ListFilter = {
  sort: SopSortKey;
  direction: 'asc' | 'desc';
  unit?: string | undefined;
  status?: SopStatusFilter | undefined;
  offset: number;
  limit: number;
};

/** Approved, and the draft is not the approved revision (for queries aliasing `sops` as `s`). */
const UNAPPROVED_CHANGES = `(s.approved_revision IS NOT NULL AND s.draft_sha IS NOT
  (SELECT r.sha FROM revisions r WHERE r.sop_key = s.key AND r.number = s.approved_revision))`;

/**
 * The columns of a `SopSummary`, for queries that alias `sops` as `s`: named and ordered as its
 * fields, so a row holding only these columns is the summary once `toSummary` made its flag a
 * boolean.
 */
export const SUMMARY_COLUMNS = `s.id, s.name, s.number, s.unit,
  CASE WHEN s.approved_revision IS NULL THEN 'draft' ELSE 'approved' END AS status,
  s.created_at AS createdAt, s.updated_at AS updatedAt,
  (SELECT count(*) FROM revisions r WHERE r.sop_key = s.key) AS revisionCount,
  s.approved_revision AS approvedRevision, ${UNAPPROVED_CHANGES} AS unapprovedChanges,
  s.deleted_at AS deletedAt`;

/** A row of `SUMMARY_COLUMNS` as SQLite gives it: the flag is 0 or 1. */
export type SummaryRow = Omit<SopSummary, 'unapprovedChanges'> & { unapprovedChanges: number };

export function toSummary(row: SummaryRow): SopSummary {
  return { ...row, unapprovedChanges: row.unapprovedChanges === 1 };
}

const STATUS_CONDITIONS: Record<SopStatusFilter, string> = {
  draft: 's.approved_revision IS NULL',
  approved: 's.approved_revision IS NOT NULL',
  changed: UNAPPROVED_CHANGES,
};

/** A row of `SUMMARY_COLUMNS` with the key and the stored draft beside them. */
type DraftRow = SummaryRow & Omit<SopRow, 'summary'>;

const ORDER: Record<SopSortKey, string> = {
  name: 's.name COLLATE NOCASE',
  number: 's.number COLLATE NOCASE',
  unit: 's.unit COLLATE NOCASE',
  updated: 's.updated_at',
};

export class SopRepository {
  constructor(private readonly db: Db) {}

  insert(id: string, fields: DraftFields): void {
    this.db
      .prepare(
        `INSERT INTO sops (id, name, number, unit, draft, draft_sha, created_at, updated_at)
         VALUES (@id, @name, @number, @unit, @draft, @draftSha, @at, @at)`,
      )
      .run({ id, ...fields });
  }

  updateDraft(key: number, fields: DraftFields): void {
    this.db
      .prepare(
        `UPDATE sops SET name = @name, number = @number, unit = @unit, draft = @draft,
           draft_sha = @draftSha, updated_at = @at
         WHERE key = @key`,
      )
      .run({ key, ...fields });
  }

  /** A row in the bin is found only when `inBin` is true, a live one only when false. */
  find(id: string, inBin = false): SopRow | undefined {
    const row = this.db
      .prepare(
        `SELECT s.key, s.draft, s.draft_sha AS draftSha, ${SUMMARY_COLUMNS} FROM sops s
         WHERE s.id = ? AND (s.deleted_at IS NOT NULL) = ?`,
      )
      .get(id, inBin ? 1 : 0) as DraftRow | undefined;
    if (!row) return undefined;
    const { key, draft, draftSha, ...summary } = row;
    return { key, draft, draftSha, summary: toSummary(summary) };
  }

  summary(key: number): SopSummary {
    return toSummary(
      this.db
        .prepare(`SELECT ${SUMMARY_COLUMNS} FROM sops s WHERE s.key = ?`)
        .get(key) as SummaryRow,
    );
  }

  list(filter: ListFilter): ListPage {
    const where = ['s.deleted_at IS NULL'];
    const params: Record<string, string | number> = {
      limit: filter.limit,
      offset: filter.offset,
    };
    if (filter.unit !== undefined) {
      where.push('s.unit = @unit');
      params.unit = filter.unit;
    }
    if (filter.status !== undefined) where.push(STATUS_CONDITIONS[filter.status]);
    const condition = where.join(' AND ');
    const direction = filter.direction === 'desc' ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM sops s WHERE ${condition}
         ORDER BY ${ORDER[filter.sort]} ${direction}, s.key ${direction}
         LIMIT @limit OFFSET @offset`,
      )
      .all(params) as SummaryRow[];
    const { total } = this.db
      .prepare(`SELECT count(*) AS total FROM sops s WHERE ${condition}`)
      .get(params) as { total: number };
    return { total, items: rows.map(toSummary) };
  }

  units(): UnitCount[] {
    return this.db
      .prepare(
        `SELECT unit, count(*) AS count FROM sops WHERE deleted_at IS NULL
         GROUP BY unit ORDER BY unit COLLATE NOCASE`,
      )
      .all() as UnitCount[];
  }

  bin(): SopSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM sops s WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC`,
      )
      .all() as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Sahkan: the SOP's approved revision is `revision` (its draft at that moment). */
  markApproved(key: number, revision: number, at: string): void {
    this.db
      .prepare('UPDATE sops SET approved_revision = ?, updated_at = ? WHERE key = ?')
      .run(revision, at, key);
  }

  setDeletedAt(key: number, at: string | null): void {
    this.db.prepare('UPDATE sops SET deleted_at = ? WHERE key = ?').run(at, key);
  }

  /** Removes SOPs in the bin for good (their revisions go with them); returns how many. */
  purgeBin(ids?: readonly string[]): number {
    if (ids === undefined) {
      return this.db.prepare('DELETE FROM sops WHERE deleted_at IS NOT NULL').run().changes;
    }
    const remove = this.db.prepare('DELETE FROM sops WHERE id = ? AND deleted_at IS NOT NULL');
    return ids.reduce((count, id) => count + remove.run(id).changes, 0);
  }
}
