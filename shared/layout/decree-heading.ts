// The decree reference under each LAMPIRAN heading of an SOP book, set the way an Indonesian
// decree's appendix is headed: the decree, then NOMOR, TANGGAL and TENTANG each on its own line.

/**
 * `KEPUTUSAN BUPATI SLEMAN NOMOR 188.4/45/KPTS/2026 TENTANG SOP …` with the date `4 Maret 2026`
 * → `KEPUTUSAN BUPATI SLEMAN` / `NOMOR 188.4/45/KPTS/2026` / `TANGGAL 4 Maret 2026` /
 * `TENTANG SOP …`. The lines start at the first NOMOR and the first TENTANG after it (so a subject
 * naming another decree stays whole); TANGGAL goes before TENTANG unless the text has its own.
 * No decree: no lines.
 */
export function decreeHeadingLines(decree: string, date: string): string[] {
  const text = decree.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const number = wordAt(text, 'NOMOR', 0);
  const subject = wordAt(text, 'TENTANG', number ?? 0);
  const cuts = [0, number, subject, text.length].filter((at): at is number => at !== null);
  const lines = cuts.slice(0, -1).map((at, i) => text.slice(at, cuts[i + 1]).trim());
  const day = date.trim();
  if (!day || wordAt(text, 'TANGGAL', 0) !== null) return lines.filter((l) => l !== '');
  const dated = `TANGGAL ${day}`;
  const at = subject === null ? lines.length : lines.length - 1;
  return [...lines.slice(0, at), dated, ...lines.slice(at)].filter((l) => l !== '');
}

/** Where the whole word `word` (any case) first stands at or after `from`; null when it does not. */
function wordAt(text: string, word: string, from: number): number | null {
  const found = new RegExp(`(?:^|\\s)(${word})(?=\\s|$)`, 'i').exec(text.slice(from));
  return found ? from + found.index + found[0].length - word.length : null;
}
