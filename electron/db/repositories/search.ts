// SQL for full-text search (FTS5) over the working drafts, by word and by Indonesian word form,
// with highlighted snippets.

import type { SearchHit } from '../../../shared/model/library';
import type { Db } from '../connection';
import { searchColumns, searchValues } from '../migrations/005-search-stems';
import { buildSnippet, searchTerm, type SearchTerm } from './search-snippet';
import { SUMMARY_COLUMNS, toSummary } from './sops';
import type { SummaryRow } from './sops';

const MAX_TERMS = 12;
const STEM_COLUMNS = '{name_stems body_stems}';

/** What a user typed, read as search terms: every word must occur, the last one as a prefix. */
export function searchTerms(text: string): Array<SearchTerm & { word: string }> {
  const words = text
    .split(/\s+/)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  return words.map((word, i) => ({ ...searchTerm(word, i === words.length - 1), word }));
}

/**
 * Turns what a user typed into an FTS5 query: every word must occur as written (the last one as a
 * word prefix, search as you type) or by one of its Indonesian stems in the stem columns, so
 * `lapor` finds `pelaporan`. FTS5 operators or quotes in the input are taken literally. Whole
 * words before the last keep long queries fast: a prefix term merges many index lists.
 */
export function toFtsQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  return (
    terms
      .map((term) => {
        const phrase = `${quote(term.word)}${term.prefix ? '*' : ''}`;
        if (term.stems.size === 0) return phrase;
        const stems = [...term.stems].map(quote).join(' OR ');
        return `(${phrase} OR ${STEM_COLUMNS} : (${stems}))`;
      })
      // FTS5 reads two groups side by side as a syntax error, not as AND.
      .join(' AND ')
  );
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

type HitRow = SummaryRow & {
  hitName: string;
  hitActivities: string | null;
  hitOutputs: string | null;
  hitLegalBasis: string | null;
};

export function searchSops(db: Db, text: string, limit: number): SearchHit[] {
  const query = toFtsQuery(text);
  if (query === undefined) return [];
  const terms = searchTerms(text);
  // Weights: a hit in the name counts most, then the number and unit, then the body; a word form
  // of a name word counts nearly as much as the word.
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, sop_search.name AS hitName,
         sop_search.activities AS hitActivities, sop_search.outputs AS hitOutputs,
         sop_search.legal_basis AS hitLegalBasis
       FROM sop_search JOIN sops s ON s.key = sop_search.rowid
       WHERE sop_search MATCH ? AND s.deleted_at IS NULL
       ORDER BY bm25(sop_search, 10.0, 6.0, 3.0, 1.0, 1.0, 1.0, 8.0, 1.0)
       LIMIT ?`,
    )
    .all(query, limit) as HitRow[];
  return rows.map(({ hitName, hitActivities, hitOutputs, hitLegalBasis, ...row }) => {
    const summary = toSummary(row);
    return {
      summary,
      snippet: buildSnippet(
        [
          hitName,
          hitActivities ?? '',
          hitOutputs ?? '',
          hitLegalBasis ?? '',
          summary.number,
          summary.unit,
        ],
        terms,
      ),
    };
  });
}

/** Recreates the search index from the stored drafts (it holds nothing else). */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    // 'rebuild' first makes the index agree with the stored text again, so that the delete
    // below removes every entry; then the text is taken afresh from the drafts.
    db.exec("INSERT INTO sop_search (sop_search) VALUES ('rebuild')");
    db.exec('DELETE FROM sop_search');
    db.exec(`INSERT INTO sop_search (${searchColumns}) SELECT ${searchValues('sops')} FROM sops`);
  })();
}

/** The full integrity check, the search index's own check included; empty when all is well. */
export function fullIntegrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
}
