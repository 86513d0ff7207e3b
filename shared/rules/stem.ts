// Indonesian word stems for the library search (lapor finds pelaporan, bina finds pembinaan): the
// confix-stripping rules of Nazief and Adriani, as the Sastrawi stemmers use them, without their
// dictionary. A dictionary picks the one true root (memakan: makan, not pakan); without one, every
// reading the rules allow is kept, and a word is found when the stems of the searched word and of
// a word in the SOP share one. Index and query use this same function, so they always agree.

/** The prefix a reading began with, for the prefix–suffix pairs Indonesian does not form. */
type PrefixKind = 'di' | 'ke' | 'se' | 'te' | 'be' | 'me' | 'pe';

type Reading = { rest: string; kind: PrefixKind };

const VOWEL = /[aeiou]/;
const MAX_PREFIXES = 3;
const MIN_STEM = 3;

/** Suffixes that never follow a prefix (di-…-an, me-…-an, ke-…-kan …): such a pair is no confix. */
const NO_CONFIX: Record<PrefixKind, readonly string[]> = {
  be: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  me: ['an'],
  se: ['i', 'kan'],
  te: ['an'],
  pe: [],
};

/**
 * Every stem of a word, the word itself first: inflection (-lah, -kah, -pun; -ku, -mu, -nya), the
 * derivational suffix (-kan, -an, -i) and up to three prefixes are taken off, each only while at
 * least two syllables stay. Words shorter than four letters, or with digits, are their own stem.
 * `word` is one word in lower case without diacritics (as the search index tokenises).
 */
export function indonesianStems(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [word];
  const stems = new Set([word]);
  const base = removeInflection(word);
  stems.add(base);
  for (const { stem, suffix } of suffixReadings(base)) {
    for (const root of prefixReadings(stem, suffix, null, 0)) stems.add(root);
  }
  // A stem of one or two letters (ce from pengecekan) would match too much.
  return [...stems].filter((stem) => stem.length >= MIN_STEM);
}

/**
 * The words of a text as the search index sees them (SQLite's unicode61 tokenizer with
 * remove_diacritics): runs of letters and digits, lower case, accents removed.
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Every stem of every word of the texts, each once, space-separated: a stem column's value. */
export function stemText(texts: readonly string[]): string {
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text)) for (const stem of indonesianStems(word)) stems.add(stem);
  }
  return [...stems].join(' ');
}

/** The word without its inflection: particles (-lah, -kah, -tah, -pun), then possessives. */
function removeInflection(word: string): string {
  const particle = stripEnd(word, ['lah', 'kah', 'tah', 'pun']);
  return stripEnd(particle, ['nya', 'ku', 'mu']);
}

function stripEnd(word: string, endings: readonly string[]): string {
  const ending = endings.find((end) => word.endsWith(end));
  if (!ending || syllables(word) <= 2) return word;
  return word.slice(0, -ending.length);
}

/**
 * The word as it is and, where one can go, without its derivational suffix; -kan may also be a
 * root's k before -an (kebijakan: bijak).
 */
function suffixReadings(word: string): Array<{ stem: string; suffix: string | null }> {
  const readings: Array<{ stem: string; suffix: string | null }> = [{ stem: word, suffix: null }];
  if (syllables(word) <= 2) return readings;
  const suffixes = word.endsWith('kan')
    ? ['kan', 'an']
    : (['an', 'i'] as const).filter((end) => word.endsWith(end));
  for (const suffix of suffixes) readings.push({ stem: word.slice(0, -suffix.length), suffix });
  return readings;
}

/** The word and every root under its prefixes (each prefix once, at most three deep). */
function prefixReadings(
  word: string,
  suffix: string | null,
  outer: PrefixKind | null,
  depth: number,
): string[] {
  const roots = [word];
  if (depth >= MAX_PREFIXES || syllables(word) <= 2) return roots;
  for (const reading of prefixes(word)) {
    const kind = outer ?? reading.kind;
    if (suffix && NO_CONFIX[kind].includes(suffix)) continue;
    if (reading.kind === outer) continue;
    roots.push(...prefixReadings(reading.rest, suffix, kind, depth + 1));
  }
  return roots;
}

/**
 * The readings of a word's first prefix, with the sound changes of meN- and peN-: the nasal takes
 * the place of the root's first letter (menulis: tulis, memukul: pukul, menyapu: sapu, mengirim:
 * kirim), so a vowel after it gives both readings.
 */
function prefixes(word: string): Reading[] {
  for (const [prefix, kind] of [
    ['me', 'me'],
    ['pe', 'pe'],
  ] as const) {
    if (word.startsWith(prefix)) {
      const nasal = nasalReadings(word.slice(prefix.length), kind);
      if (nasal) return nasal;
    }
  }
  if (word.startsWith('belajar') || word.startsWith('pelajar')) {
    return [{ rest: word.slice(3), kind: word.startsWith('b') ? 'be' : 'pe' }];
  }
  for (const [prefix, kind] of [
    ['ber', 'be'],
    ['per', 'pe'],
    ['ter', 'te'],
  ] as const) {
    if (word.startsWith(prefix)) return rReadings(word.slice(prefix.length), kind);
  }
  // be- before a syllable ending in -er (bekerja: kerja); me- before l, r, w, y; pe- before any
  // other consonant (pelapor, petugas, pedagang).
  if (/^be[^aeiou]er/.test(word)) return [{ rest: word.slice(2), kind: 'be' }];
  if (/^me[lrwy]/.test(word)) return [{ rest: word.slice(2), kind: 'me' }];
  if (/^pe[^aeiou]/.test(word)) return [{ rest: word.slice(2), kind: 'pe' }];
  for (const [prefix, kind] of [
    ['di', 'di'],
    ['ke', 'ke'],
    ['se', 'se'],
  ] as const) {
    if (word.startsWith(prefix)) return [{ rest: word.slice(2), kind }];
  }
  return [];
}

/** ber-, per-, ter- before a vowel may have swallowed the root's r (berencana: rencana). */
function rReadings(rest: string, kind: PrefixKind): Reading[] {
  return VOWEL.test(rest[0] ?? '')
    ? [
        { rest, kind },
        { rest: `r${rest}`, kind },
      ]
    : [{ rest, kind }];
}

/** meN-/peN- after me- or pe-: `rest` starts with the nasal (m, n, ng, ny). */
function nasalReadings(rest: string, kind: PrefixKind): Reading[] | null {
  const first = rest[0] ?? '';
  const read = (...roots: string[]): Reading[] => roots.map((root) => ({ rest: root, kind }));
  if (rest.startsWith('ny')) {
    const after = rest.slice(2);
    return VOWEL.test(after[0] ?? '') ? read(`s${after}`, rest) : read(after);
  }
  if (rest.startsWith('ng')) {
    const after = rest.slice(2);
    // menge-/penge- before a one-syllable root: mengecek, pengecatan.
    const monosyllable = after.startsWith('e') ? [after.slice(1)] : [];
    return VOWEL.test(after[0] ?? '') ? read(after, `k${after}`, ...monosyllable) : read(after);
  }
  if (first === 'n') {
    const after = rest.slice(1);
    return VOWEL.test(after[0] ?? '') ? read(`t${after}`, rest) : read(after);
  }
  if (first === 'm') {
    const after = rest.slice(1);
    return VOWEL.test(after[0] ?? '') ? read(`p${after}`, rest) : read(after);
  }
  return null;
}

/** Syllables as vowels, the measure the stripping rules are bounded by. */
function syllables(word: string): number {
  let count = 0;
  for (const letter of word) if (VOWEL.test(letter)) count += 1;
  return count;
}
