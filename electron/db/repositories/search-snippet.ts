// The snippet of a search hit: a few words around the best matches of one indexed text, the words
// that matched marked. Built here rather than by FTS5, whose snippet would show the stem columns
// when only a word form matched; a word matches as the query does (the same stems).

import type { SnippetPart } from '../../../shared/model/library';
import { indonesianStems, searchWords } from '../../../shared/rules/stem';

/** One typed word of the query: its tokens, whether it is a prefix, and its stems. */
export type SearchTerm = { tokens: string[]; prefix: boolean; stems: ReadonlySet<string> };

const WINDOW = 14;
const BEFORE = 3;

export function searchTerm(text: string, prefix: boolean): SearchTerm {
  const tokens = searchWords(text);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  const stems = only && /^[a-z]+$/.test(only) ? indonesianStems(only) : [];
  return { tokens, prefix, stems: new Set(stems) };
}

/** The snippet from the texts of a hit (name first), or the start of the name when none matches. */
export function buildSnippet(
  texts: readonly string[],
  terms: readonly SearchTerm[],
): SnippetPart[] {
  const matches = (word: string): boolean => terms.some((term) => wordMatches(word, term));
  let best: { words: Word[]; hits: number[] } | null = null;
  for (const text of texts) {
    const words = wordsOf(text);
    const hits = words.flatMap((word, i) => (matches(word.normal) ? [i] : []));
    if (hits.length > (best?.hits.length ?? 0)) best = { words, hits };
  }
  const chosen = best ?? { words: wordsOf(texts[0] ?? ''), hits: [] };
  return partsOf(chosen.words, new Set(chosen.hits));
}

function wordMatches(word: string, term: SearchTerm): boolean {
  const last = term.tokens[term.tokens.length - 1];
  if (term.tokens.includes(word) || (term.prefix && last && word.startsWith(last))) return true;
  if (term.stems.size === 0 || word.length < 4) return false;
  return indonesianStems(word).some((stem) => term.stems.has(stem));
}

type Word = { text: string; normal: string; start: number; end: number; source: string };

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    text: match[0],
    normal: searchWords(match[0])[0] ?? '',
    start: match.index,
    end: match.index + match[0].length,
    source: text,
  }));
}

/** WINDOW words from a little before the first match, with … where the text goes on. */
function partsOf(words: Word[], hits: ReadonlySet<number>): SnippetPart[] {
  const first = Math.min(...hits, Number.POSITIVE_INFINITY);
  const from = Number.isFinite(first)
    ? Math.max(0, Math.min(first - BEFORE, words.length - WINDOW))
    : 0;
  const to = Math.min(words.length, from + WINDOW);
  const source = words[0]?.source ?? '';
  const parts: SnippetPart[] = [];
  const plain = (text: string): void => {
    const flat = text.replace(/\s+/g, ' ');
    const last = parts[parts.length - 1];
    if (last && !last.match) last.text += flat;
    else if (flat) parts.push({ text: flat, match: false });
  };
  if (from > 0) plain('…');
  let at = words[from]?.start ?? 0;
  for (let i = from; i < to; i += 1) {
    const word = words[i] as Word;
    plain(source.slice(at, word.start));
    if (hits.has(i)) parts.push({ text: word.text, match: true });
    else plain(word.text);
    at = word.end;
  }
  plain(to < words.length ? '…' : source.slice(at));
  return parts;
}
