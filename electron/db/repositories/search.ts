// SQL for full-text search (FTS5) over the working drafts, with highlighted snippets.

import type { SearchHit, SnippetPart } from '../../../shared/model/library';
import type { Db } from '../connection';
import { columns, indexedValues } from '../migrations/002-search';
import { SUMMARY_COLUMNS, toSummary } from './sops';
import type { SummaryRow } from './sops';

// Control characters mark the matched words inside a snippet; they are split out into parts so
// the screen never has to interpret markup coming from document text.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const MAX_TERMS = 12;

/**
 * Turns what a user typed into an FTS5 query: every word must occur, the last one as a word
 * prefix (search as you type); FTS5 operators or quotes in the input are taken literally.
 * Whole words before the last keep long queries fast: a prefix term merges many index lists.
 */
export function toFtsQuery(text: string): string | undefined {
  const terms = text
    .split(/\s+/)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  const quoted = terms.map((term) => `"${term.replace(/"/g, '""')}"`);
  return `${quoted.join(' ')}*`;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(OPEN)) {
    const [marked, rest] = piece.includes(CLOSE) ? piece.split(CLOSE, 2) : [undefined, piece];
    if (marked) parts.push({ text: marked, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

export function searchSops(db: Db, text: string, limit: number): SearchHit[] {
  const query = toFtsQuery(text);
  if (query === undefined) return [];
  // Weights: a hit in the name counts most, then the number and unit, then the body.
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS},
         snippet(sop_search, -1, '${OPEN}', '${CLOSE}', '…', 14) AS snippet
       FROM sop_search JOIN sops s ON s.key = sop_search.rowid
       WHERE sop_search MATCH ? AND s.deleted_at IS NULL
       ORDER BY bm25(sop_search, 10.0, 6.0, 3.0, 1.0, 1.0, 1.0)
       LIMIT ?`,
    )
    .all(query, limit) as (SummaryRow & { snippet: string })[];
  return rows.map(({ snippet, ...row }) => ({
    summary: toSummary(row),
    snippet: snippetParts(snippet),
  }));
}

/** Recreates the search index from the stored drafts (it holds nothing else). */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    // 'rebuild' first makes the index agree with the stored text again, so that the delete
    // below removes every entry; then the text is taken afresh from the drafts.
    db.exec("INSERT INTO sop_search (sop_search) VALUES ('rebuild')");
    db.exec('DELETE FROM sop_search');
    db.exec(`INSERT INTO sop_search (${columns}) SELECT ${indexedValues('sops')} FROM sops`);
  })();
}

/** The full integrity check, the search index's own check included; empty when all is well. */
export function fullIntegrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
}
