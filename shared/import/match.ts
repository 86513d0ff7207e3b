// Which SOP of the library an imported SOP is (the exchange with the bureau): by the library id
// its workbook carries; else by Nomor SOP and unit; else by name and unit, which is only a guess.
// Several SOPs answering one rule are reported, never chosen between; nor is one SOP of the
// library updated twice by one file: the closest match keeps it, the others are reported.

import type { SopDocument } from '../model';
import type { LibraryRef } from './report';

/** What the matching needs of each SOP of the library (a `SopSummary` has it). */
export type LibraryCandidate = { id: string; name: string; number: string; unit: string };

export type SopMatchRule = 'id' | 'number' | 'name';

export type SopMatch =
  | { kind: 'matched'; id: string; rule: SopMatchRule; guess: boolean }
  | { kind: 'ambiguous'; ids: string[]; rule: SopMatchRule }
  /** Matched `id`, which SOP number `by` (1-based, of the same file) matched more closely. */
  | { kind: 'claimed'; id: string; by: number }
  | { kind: 'none' };

export type MatchInput = { document: SopDocument; library?: LibraryRef };

/** Indexes the library once; the returned function matches one imported SOP. */
export function sopMatcher(candidates: readonly LibraryCandidate[]): (sop: MatchInput) => SopMatch {
  const ids = new Set(candidates.map((c) => c.id));
  const byNumber = indexBy(candidates, (c) => c.number);
  const byName = indexBy(candidates, (c) => c.name);
  return (sop) => {
    if (sop.library && ids.has(sop.library.id)) {
      return { kind: 'matched', id: sop.library.id, rule: 'id', guess: false };
    }
    const { identity } = sop.document;
    return (
      lookUp(byNumber, identity.number, identity.unit, 'number') ??
      lookUp(byName, identity.name, identity.unit, 'name') ?? { kind: 'none' }
    );
  };
}

const RULE_ORDER: readonly SopMatchRule[] = ['id', 'number', 'name'];

/**
 * The matches of one file's SOPs, each SOP of the library kept by one of them: by the closest
 * rule (id, then Nomor SOP, then name), the first in the file on a tie.
 */
export function claimMatches(matches: readonly SopMatch[]): SopMatch[] {
  const keeper = new Map<string, number>();
  matches.forEach((match, index) => {
    if (match.kind !== 'matched') return;
    const held = keeper.get(match.id);
    const current = held === undefined ? undefined : matches[held];
    if (current?.kind === 'matched' && rank(current) <= rank(match)) return;
    keeper.set(match.id, index);
  });
  return matches.map((match, index) => {
    if (match.kind !== 'matched') return match;
    const by = keeper.get(match.id) ?? index;
    return by === index ? match : { kind: 'claimed', id: match.id, by: by + 1 };
  });
}

const rank = (match: { rule: SopMatchRule }): number => RULE_ORDER.indexOf(match.rule);

/** Text as it is compared: case, spacing and punctuation at the ends do not count. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

function indexBy(
  candidates: readonly LibraryCandidate[],
  field: (c: LibraryCandidate) => string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const candidate of candidates) {
    const key = matchKey(field(candidate));
    if (key === '') continue;
    const full = `${key}\u0000${matchKey(candidate.unit)}`;
    index.set(full, [...(index.get(full) ?? []), candidate.id]);
  }
  return index;
}

function lookUp(
  index: Map<string, string[]>,
  text: string,
  unit: string,
  rule: SopMatchRule,
): SopMatch | null {
  const key = matchKey(text);
  if (key === '') return null;
  const found = index.get(`${key}\u0000${matchKey(unit)}`) ?? [];
  if (found.length === 0) return null;
  if (found.length > 1) return { kind: 'ambiguous', ids: found, rule };
  return { kind: 'matched', id: found[0] as string, rule, guess: rule === 'name' };
}
