// Imported text as the document keeps it (workbook cells and PDF lines alike): spacing tidied (runs
// of spaces, spaces at line ends, blank lines at the edges), line breaks kept; lists split into
// items without their enumeration; the approver block and the NIP as printed.

import { groupNip, stripNipLabel } from '../model';

/** Tidies spacing but keeps the words and line breaks as written. */
export function cleanText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** One-line text: a header wrapped over lines (`Pengadministr\nasian Umum`) reads as one label. */
export function cleanInline(text: string): string {
  return cleanText(text).replace(/\n+/g, ' ');
}

const MARKER = /^(?:\(?(\d{1,2})[.),]|\(?(\d{3})[.)]|\(?([a-zA-Z])[.)]|[-–•·*▪●])\s+/;
const BARE_NUMBER = /^(\d{1,3})\s+(?=\S)/;

/** True when a cell holds only an enumeration (`1`, `1.`, `a)`, `-`), printed beside an item. */
export function isEnumerationOnly(text: string): boolean {
  return /^\(?(?:\d{1,3}|[a-zA-Z])[.),]?$|^[-–•·*▪●]$/.test(text.trim());
}

/**
 * Removes a leading enumeration from one item. A bare number without punctuation (`1 Undang…`)
 * is only an enumeration when it is the item's expected position, so `5 Tahun 2021` survives.
 */
export function stripEnumeration(item: string, position?: number): string {
  const marked = MARKER.exec(item);
  if (marked) return item.slice(marked[0].length).trim();
  const bare = BARE_NUMBER.exec(item);
  if (bare && position !== undefined && Number(bare[1]) === position) {
    return item.slice(bare[0].length).trim();
  }
  return item.trim();
}

/**
 * Splits a list cell into items: when two or more lines start with an enumeration, each such line
 * starts an item (continuation lines stay with their item); with `plainLines` (the whole list
 * is this one cell) and no line enumerated, each line is an item; otherwise the cell is one item.
 */
export function splitListItems(text: string, plainLines = false): string[] {
  const cleaned = cleanText(text);
  if (!cleaned) return [];
  const lines = cleaned.split('\n');
  const marked = lines.filter((line) => MARKER.test(line)).length;
  if (plainLines && marked === 0 && lines.length > 1) return lines.filter((line) => line !== '');
  if (marked < 2) return [stripEnumeration(cleaned, 1)];
  const items: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    if (MARKER.test(line) || items.length === 0) items.push(stripEnumeration(line));
    else items[items.length - 1] = `${items[items.length - 1]}\n${line}`;
  }
  return items.filter((item) => item !== '');
}

/**
 * The NIP of an imported approver block without its `NIP.` label. An 18-digit NIP written as
 * one run of digits is grouped 8-6-1-3 as printed (docs/format.md §1.3); a NIP written with
 * spaces is kept as written, as is any other text. `regroup: false` keeps the digits as written
 * (workbooks this app exported hold the NIP exactly as the document stores it).
 */
export function importedNip(text: string, regroup = true): string {
  const value = stripNipLabel(cleanInline(text));
  return regroup && !/\s/.test(value) ? groupNip(value) : value;
}

export function isNipLine(line: string): boolean {
  return /^NIP\b/i.test(line.trim()) || /^\d[\d\s.]{16,}$/.test(line.trim());
}

/**
 * The approver block (*Disahkan oleh*): groups of lines separated by blank lines (the signature
 * space). The first group is the position title, the NIP line is the NIP, and the last other line
 * after the title is the name. With `titleAbsent` (nothing written beside the label) there is no
 * title and the last line is the name.
 */
export function parseApprover(
  groups: string[][],
  titleAbsent = false,
  regroupNip = true,
): { title: string; name: string; nip: string } {
  let nip = '';
  const textGroups: string[][] = [];
  for (const group of groups) {
    const kept: string[] = [];
    for (const line of group) {
      if (isNipLine(line)) nip = nip || importedNip(line, regroupNip);
      else if (line.trim()) kept.push(line.trim());
    }
    if (kept.length) textGroups.push(kept);
  }
  const [first, ...rest] = textGroups;
  if (!first) return { title: '', name: '', nip };
  if (titleAbsent) {
    // Nothing beside the label, text only after the signature space: that text is the name.
    const last = textGroups[textGroups.length - 1] ?? [];
    return { title: '', name: last[last.length - 1] ?? '', nip };
  }
  if (rest.length === 0) {
    // No signature gap: one line is the title, or the name when a NIP follows it; more lines
    // end with the name.
    if (first.length === 1 && nip) return { title: '', name: first[0] ?? '', nip };
    if (first.length === 1 || !nip) return { title: first.join(' '), name: '', nip };
    return { title: first.slice(0, -1).join(' '), name: first[first.length - 1] ?? '', nip };
  }
  const last = rest[rest.length - 1] ?? [];
  return { title: first.join(' '), name: last[last.length - 1] ?? '', nip };
}

/** `1`, `1.`, `12)`: a printed step number. */
export function parseStepNumber(text: string): number | null {
  const match = /^(\d{1,4})[.)]?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/**
 * The kop (government, agency, unit) from the agency lines beside the logo, top to bottom: the
 * first is the government, the last the unit, those between the agency; two lines are the
 * government and the agency.
 */
export function kopFromLines(lines: readonly string[]): {
  government: string;
  agency: string;
  unit: string;
} {
  const [government = '', ...rest] = lines;
  if (rest.length <= 1) return { government, agency: rest[0] ?? '', unit: '' };
  return { government, agency: rest.slice(0, -1).join(' '), unit: rest[rest.length - 1] ?? '' };
}
