// Texts of the identity page as the document keeps them: wrapped lines joined into one text, list
// lines split into items by their enumerations (docs/format.md §9.5).

import { cleanInline, isEnumerationOnly, stripEnumeration } from '../../../../shared/import/text';
import { arimoMeasurer, BREAK_HYPHEN, endsInBrokenWord } from '../../../../shared/layout/measure';
import type { TextLine } from './identity-lines';

/**
 * Lines wrapped from one text, joined: with a space, without one after a line-end hyphen, and
 * without the mark after a word broken between letters.
 */
export function joinWrapped(lines: readonly string[]): string {
  return lines
    .map((l) => cleanInline(l))
    .filter(Boolean)
    .reduce((text, line) => (text === '' ? line : joinedWith(text, line)), '');
}

function joinedWith(text: string, line: string): string {
  if (endsInBrokenWord(text)) return text.slice(0, -BREAK_HYPHEN.length) + line;
  return /\w-$/.test(text) ? text + line : `${text} ${line}`;
}

/**
 * A number, date or name printed as a lone dash is empty: this app prints an empty one so, and a
 * dash typed in its place says as much.
 */
export function dashAsEmpty(text: string): string {
  return /^[-–]$/.test(text.trim()) ? '' : text;
}

/**
 * Whether a line was wrapped onto the next: it is justified, or the next line's first word would
 * not have fitted in the `room` the line had (measured with the embedded font's widths, scaled to
 * this line's font).
 */
export function wrapsOn(line: TextLine, next: TextLine, room: number): boolean {
  if (line.justified) return true;
  const word = next.text.trim().split(/\s+/)[0] ?? '';
  const measured = arimoMeasurer.width(line.text, line.size, line.bold);
  const scale = measured > 0 ? (line.right - line.x) / measured : 1;
  const wordWidth = arimoMeasurer.width(` ${word}`, line.size, line.bold) * scale;
  return line.right - line.x + wordWidth > room - 0.5 * line.size;
}

/**
 * An enumeration before an item's text on its line (`1. Undang…`, `a) …`, `- …`); past 99 only
 * with a dot or bracket (`267, Tambahan…` is a number wrapped from the line above).
 */
export const ITEM_MARKER = /^(?:\(?\d{1,2}[.),]|\(?\d{3}[.)]|\(?[a-zA-Z][.)]|[-–•·*▪●])\s+/;

/**
 * Where a list stood at the foot of a page, which its lines on the next page go on from: the
 * app prints a long list line by line, so an item may break between pages.
 */
export type ListEnd = {
  /** The items are enumerated: an unmarked line goes on with the item above. */
  enumerated: boolean;
  /** The list's last line, which may wrap on to the next page. */
  last: TextLine | null;
  /** Items read so far: a bare number counting on goes on from here. */
  count: number;
  /** The column's right edge. */
  edge: number;
};

export type ListReading = {
  /** Text at the top that goes on with the last item of the page before (`before`). */
  lead: string;
  items: string[];
  end: ListEnd;
};

/**
 * A list's lines (top to bottom) as items. An enumeration printed in its own column (`1.` left
 * of the text, at its first line or centred on it) starts the item it stands beside; with
 * enumerations, a line without one continues the item above. Without any, each line is an item
 * unless it wraps on (`wrapsOn`, with the column's right `edge`).
 */
export function listItems(lines: readonly TextLine[], edge: number): string[] {
  const { lead, items } = readList(lines, edge);
  return lead === '' ? items : [lead, ...items];
}

/**
 * `listItems` of a list that goes on from the page before, which ended at `before` (null: it
 * starts here): its first lines that start no item (no enumeration where the list is enumerated,
 * or the line before wrapped on) are the `lead`, the end of the item before.
 */
export function readList(
  lines: readonly TextLine[],
  edge: number,
  before: ListEnd | null = null,
): ListReading {
  const texts = lines.filter((l) => !isEnumerationOnly(l.text));
  const starts = markedStarts(
    texts,
    lines.filter((l) => isEnumerationOnly(l.text)),
  );
  const counted = countedStarts(texts, before);
  const enumerated =
    (before?.enumerated ?? false) ||
    starts.size > 0 ||
    counted.size > 0 ||
    texts.some((l) => ITEM_MARKER.test(l.text));
  const startsItem = (line: TextLine, previous: TextLine | null): boolean => {
    if (enumerated) return starts.has(line) || counted.has(line) || ITEM_MARKER.test(line.text);
    if (previous) return !wrapsOn(previous, line, edge - previous.x);
    return !before?.last || !wrapsOn(before.last, line, before.edge - before.last.x);
  };
  const count = before?.count ?? 0;
  const lead: string[] = [];
  const items: string[][] = [];
  texts.forEach((line, i) => {
    if (startsItem(line, texts[i - 1] ?? null) || (items.length === 0 && !before)) {
      items.push([stripEnumeration(line.text, count + items.length + 1)]);
    } else (items[items.length - 1] ?? lead).push(line.text);
  });
  const read = items.map(joinWrapped).filter(Boolean);
  return {
    lead: joinWrapped(lead),
    items: read,
    end: {
      enumerated,
      last: texts.at(-1) ?? before?.last ?? null,
      count: count + read.length,
      edge,
    },
  };
}

/**
 * Lines opening with a bare number that counts the items (`1 Undang…`, then `2 UU…`), the first
 * line with 1 (or with the next number, on a list going on from `before`): a number without a
 * dot or bracket is an enumeration only in its place in the count (`5 Tahun 2014` inside an item
 * is not).
 */
function countedStarts(texts: readonly TextLine[], before: ListEnd | null): Set<TextLine> {
  const counted = new Set<TextLine>();
  const first = (before?.count ?? 0) + 1;
  const opening = (line: TextLine | undefined): number | undefined => {
    const number = /^(\d{1,3})\s+\S/.exec(line?.text ?? '')?.[1];
    return number === undefined ? undefined : Number(number);
  };
  if (opening(texts[0]) !== first) return counted;
  for (const line of texts) {
    if (opening(line) === counted.size + first) counted.add(line);
  }
  return counted;
}

/**
 * The text lines that enumerations in their own column start. Lines close together form a
 * paragraph; a paragraph with one enumeration at its middle is one item from its first line (the
 * number centred on a wrapped item); otherwise each enumeration starts the line level with it (a
 * page may open with the end of an item broken at the page before, then the next one's number).
 */
function markedStarts(texts: readonly TextLine[], markers: readonly TextLine[]): Set<TextLine> {
  const starts = new Set<TextLine>();
  for (const paragraph of paragraphs(texts)) {
    const top = paragraph[0]?.y ?? 0;
    const bottom = paragraph[paragraph.length - 1]?.bottom ?? 0;
    const beside = markers.filter((m) => centre(m) >= top && centre(m) <= bottom);
    const alone = beside.length === 1 ? beside[0] : undefined;
    const centred =
      alone && Math.abs(centre(alone) - (top + bottom) / 2) < 0.3 * (alone.bottom - alone.y);
    if (centred && paragraph[0]) starts.add(paragraph[0]);
    else {
      for (const marker of beside) {
        const nearest = [...paragraph].sort(
          (a, b) => Math.abs(centre(a) - centre(marker)) - Math.abs(centre(b) - centre(marker)),
        )[0];
        if (nearest) starts.add(nearest);
      }
    }
  }
  return starts;
}

/** Runs of lines with less than a third of a line's height between them. */
function paragraphs(texts: readonly TextLine[]): TextLine[][] {
  const runs: TextLine[][] = [];
  let last: TextLine | null = null;
  for (const line of texts) {
    const gap = last ? line.y - last.bottom : Infinity;
    if (last && gap < 0.3 * (line.bottom - line.y)) runs[runs.length - 1]?.push(line);
    else runs.push([line]);
    last = line;
  }
  return runs;
}

export function centre(line: { y: number; bottom: number }): number {
  return (line.y + line.bottom) / 2;
}
