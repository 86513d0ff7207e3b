// Text items into lines and a cell's lines into its text: wrapped lines are joined with a space (a
// line-end hyphen without one, a word broken with U+2010 HYPHEN without the mark), and a line stays a line of its own where it was broken on purpose:
// when it starts an item (`a.`, `1)`, `-`, `•`) or when the next line's first word would have fit
// on it, which a program that wraps words never leaves.

import type { PdfProducer, PdfText } from '../page';
import type { Box } from './geometry';
import { BREAK_HYPHEN, endsInBrokenWord } from '../../../../shared/layout/measure';
import { widthWithin } from './glyph-widths';

export type TextLine = { text: string; box: Box; size: number; items: PdfText[] };

const ITEM_START = /^\(?(?:\d{1,2}|[a-zA-Z])[.)]\s/;

export const textCentre = (t: PdfText) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });

/**
 * Where a line of pieces ends: at a gap wider than `gap` × the font size, or where the caller
 * says two pieces are `apart` (a cell border between them, another font size).
 */
export type LineEnds = { gap: number; apart?: (before: PdfText, piece: PdfText) => boolean };

/** Pieces closer than this (× font size) are one word: kerned fragments of it. */
const GLUED = 0.15;

/**
 * The one rule of the PDF readers for text pieces into lines (top to bottom, each left to right):
 * pieces on one baseline (within 0.35 × the size) make a line until it ends (`LineEnds`).
 */
export function pieceLines(items: readonly PdfText[], ends: LineEnds): PdfText[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfText[][] = [];
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) <= 0.35 * Math.max(r[0]!.size, 1));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .flatMap((row) =>
      splitAtEnds(
        row.sort((a, b) => a.x - b.x),
        ends,
      ),
    )
    .sort((a, b) => a[0]!.y - b[0]!.y || a[0]!.x - b[0]!.x);
}

function splitAtEnds(row: PdfText[], ends: LineEnds): PdfText[][] {
  const parts: PdfText[][] = [];
  let right = -Infinity;
  for (const item of row) {
    const part = parts[parts.length - 1];
    const before = part?.[part.length - 1];
    const near = item.x - right <= ends.gap * item.size;
    if (part && before && near && !ends.apart?.(before, item)) part.push(item);
    else parts.push([item]);
    right = Math.max(right, item.x + item.width);
  }
  return parts;
}

/** A line's text: its pieces with a space where they stand further apart than a glued word's. */
export function pieceText(items: readonly PdfText[]): string {
  let text = '';
  let right = -Infinity;
  for (const item of items) {
    const gap = item.x - right;
    if (text !== '' && gap > GLUED * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) {
      text += ' ';
    }
    text += item.text;
    right = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Items grouped into lines (top to bottom), each line's items left to right. Items on one height
 * further apart than a few characters are separate lines: they stand in different cells.
 */
export function linesOf(items: readonly PdfText[]): TextLine[] {
  return pieceLines(items, { gap: 1.5 }).map(lineOf);
}

function lineOf(items: PdfText[]): TextLine {
  const box = {
    x0: Math.min(...items.map((i) => i.x)),
    y0: Math.min(...items.map((i) => i.y)),
    x1: Math.max(...items.map((i) => i.x + i.width)),
    y1: Math.max(...items.map((i) => i.y + i.height)),
  };
  return { text: pieceText(items), box, size: items[0]!.size, items };
}

/**
 * What the whole document tells about its words: the words it uses inside its lines, and whether
 * it marks a word broken between letters with U+2010 HYPHEN (this app's prints do): then a line
 * ending in a letter without the mark ends its word, and no guess is made.
 */
export type DocumentWords = { vocabulary: ReadonlySet<string>; marksBrokenWords: boolean };

/**
 * Where a cell's lines could run (the cell less its padding), and the document's words: a line
 * that ended early was broken on purpose, and a word printed across two lines without a mark is
 * told from two words by whether both halves are words of the document.
 */
export type TextArea = { left: number; right: number } & DocumentWords;

/** A cell's text from its lines. */
export function joinLines(lines: readonly TextLine[], area: TextArea): string {
  const centred = isCentred(lines, area);
  let text = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i++) {
    // The mark of a word broken between letters is no part of the word.
    if (endsInBrokenWord(lines[i - 1]!.text)) text = text.slice(0, -BREAK_HYPHEN.length);
    text += separator(lines, i, area, centred) + lines[i]!.text;
  }
  return text;
}

function separator(
  lines: readonly TextLine[],
  i: number,
  area: TextArea,
  centred: boolean,
): string {
  const previous = lines[i - 1]!;
  const line = lines[i]!;
  if (endsInBrokenWord(previous.text) || isWordPiece(previous, line, area, centred)) return '';
  if (/\p{L}-$/u.test(previous.text) && /^\p{L}/u.test(line.text)) {
    return isReduplication(previous, line) ? ' ' : '';
  }
  if (ITEM_START.test(line.text)) return '\n';
  // A dash that had room on the line before starts an item; one that had not was wrapped.
  if (/^[-–•]\s/.test(line.text)) {
    return 2 * charWidth(line) < roomLeft(previous, area, centred) ? '\n' : ' ';
  }
  if (/^-\S/.test(line.text) && /^-\S/.test(lines[0]!.text)) return '\n';
  return wordWouldHaveFit(lines, i, area, centred) ? '\n' : ' ';
}

const widthOf = (line: TextLine): number => line.box.x1 - line.box.x0;
const charWidth = (line: TextLine): number => widthOf(line) / Math.max(line.text.length, 1);
const firstWord = (line: TextLine): string => line.text.split(' ')[0] ?? '';

/** Centred lines share the cell's middle, and not all of them start at its left edge. */
function isCentred(lines: readonly TextLine[], area: TextArea): boolean {
  const middle = (area.left + area.right) / 2;
  return (
    lines.every((l) => Math.abs((l.box.x0 + l.box.x1) / 2 - middle) <= 1.5) &&
    lines.some((l) => l.box.x0 > area.left + 0.5)
  );
}

/** How much of the line's room the line leaves empty. */
function roomLeft(line: TextLine, area: TextArea, centred: boolean): number {
  return centred ? area.right - area.left - widthOf(line) : area.right - line.box.x1;
}

/** A word as the vocabulary keeps it: lower case, without the punctuation around it. */
export function wordKey(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A line holding one piece of a word too long for any line. Programs break such a word after a
 * `/` or `-` in it, else between letters: marked with U+2010, or unmarked where it fills the line
 * up to less than a letter. A whole word may fill its line as closely, so an unmarked break must
 * look like one inside a word: the document marks none, the same case on both sides, and what
 * follows is no word of the document and is either a letter or two (`konse|p`,
 * `penyelenggara|an`) or follows a line filled to within a third of a letter.
 */
function isWordPiece(line: TextLine, next: TextLine, area: TextArea, centred: boolean): boolean {
  if (line.text.includes(' ')) return false;
  if (/[/-]$/.test(line.text) || endsInBrokenWord(line.text)) return true;
  if (area.marksBrokenWords) return false;
  const letter = Math.max(charWidth(line), charWidth(next));
  const gap = roomLeft(line, area, centred);
  const rest = firstWord(next);
  if (gap > letter || !sameCase(line.text, rest)) return false;
  if (area.vocabulary.has(wordKey(rest))) return false;
  return gap < 0.3 * letter || wordKey(rest).length <= 2;
}

/** Whether a word could run on from `before` into `after` (no lower to upper case change). */
function sameCase(before: string, after: string): boolean {
  const last = [...before].reverse().find((c) => /\p{L}/u.test(c));
  const first = [...after].find((c) => /\p{L}/u.test(c));
  if (!last || !first) return true;
  const upper = (c: string) => c === c.toUpperCase() && c !== c.toLowerCase();
  return upper(last) === upper(first);
}

/** `surat- surat`: a word repeated after its hyphen was typed with the space, which is kept. */
function isReduplication(previous: TextLine, line: TextLine): boolean {
  const before = (previous.text.split(' ').pop() ?? '').slice(0, -1).toLowerCase();
  const after = firstWord(line).toLowerCase();
  return before.length > 0 && before === after;
}

/** Whether the next line's first word (with its pieces on later lines) had room on this line. */
function wordWouldHaveFit(
  lines: readonly TextLine[],
  i: number,
  area: TextArea,
  centred: boolean,
): boolean {
  const previous = lines[i - 1]!;
  let wordWidth = 0;
  let j = i;
  while (j < lines.length - 1 && isWordPiece(lines[j]!, lines[j + 1]!, area, centred)) {
    wordWidth += widthOf(lines[j++]!);
  }
  const last = lines[j]!;
  wordWidth += widthWithin(firstWord(last), last.text, widthOf(last));
  const needed = widthWithin(' ', previous.text, widthOf(previous)) + wordWidth;
  // The widths are estimated from the characters' usual proportions: leave a little doubt.
  return needed < roomLeft(previous, area, centred) - 0.15 * previous.size;
}

/**
 * The document's words: every word of a line but its first (which may be the end of a word broken
 * over the line before), and whether its producer marks broken words: known to, or a line ends in
 * a word broken with the mark.
 */
export function documentWordsOf(
  pages: readonly { texts: readonly PdfText[] }[],
  producer: PdfProducer,
): DocumentWords {
  const vocabulary = new Set<string>();
  let marksBrokenWords = producer.marksBrokenWords;
  for (const page of pages) {
    for (const line of linesOf(page.texts)) {
      for (const token of line.text.split(' ').slice(1)) vocabulary.add(wordKey(token));
      marksBrokenWords ||= endsInBrokenWord(line.text);
    }
  }
  return { vocabulary, marksBrokenWords };
}
