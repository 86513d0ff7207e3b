// Text items into lines and a cell's lines into its text: wrapped lines are joined with a space (a
// line-end hyphen without one), and a line stays a line of its own where it was broken on purpose:
// when it starts an item (`a.`, `1)`, `-`, `•`) or when the next line's first word would have fit
// on it, which a program that wraps words never leaves.

import type { PdfText } from '../page';
import type { Box } from './geometry';

export type TextLine = { text: string; box: Box; size: number; items: PdfText[] };

const ITEM_START = /^(?:[-–•·*]|\(?(?:\d{1,2}|[a-zA-Z])[.)])(?:\s|$)|^-\S/;

export const textCentre = (t: PdfText) => ({ x: t.x + t.width / 2, y: t.y + t.height / 2 });

/**
 * Items grouped into lines (top to bottom), each line's items left to right. Items on one height
 * further apart than a few characters are separate lines: they stand in different cells.
 */
export function linesOf(items: readonly PdfText[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfText[][] = [];
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) <= 0.35 * Math.max(r[0]!.size, 1));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .flatMap((row) => splitAtGaps(row.sort((a, b) => a.x - b.x)).map(lineOf))
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function splitAtGaps(row: PdfText[]): PdfText[][] {
  const parts: PdfText[][] = [];
  let right = -Infinity;
  for (const item of row) {
    const part = parts[parts.length - 1];
    if (part && item.x - right <= 1.5 * item.size) part.push(item);
    else parts.push([item]);
    right = Math.max(right, item.x + item.width);
  }
  return parts;
}

function lineOf(items: PdfText[]): TextLine {
  let text = '';
  let right = -Infinity;
  for (const item of items) {
    const gap = item.x - right;
    if (text !== '' && gap > 0.15 * item.size && !text.endsWith(' ')) text += ' ';
    text += item.text;
    right = item.x + item.width;
  }
  const box = {
    x0: Math.min(...items.map((i) => i.x)),
    y0: Math.min(...items.map((i) => i.y)),
    x1: Math.max(...items.map((i) => i.x + i.width)),
    y1: Math.max(...items.map((i) => i.y + i.height)),
  };
  return { text: text.replace(/\s+/g, ' ').trim(), box, size: items[0]!.size, items };
}

/**
 * A cell's text from its lines. `width` is the room a line had (the cell less its padding), so a
 * line that ended early was broken on purpose.
 */
export function joinLines(lines: readonly TextLine[], room: number): string {
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0) {
      text = line.text;
      continue;
    }
    const previous = lines[i - 1]!;
    text += separator(previous, line, room) + line.text;
  }
  return text;
}

function separator(previous: TextLine, line: TextLine, room: number): string {
  if (ITEM_START.test(line.text)) return '\n';
  if (/\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)) return '';
  const firstWord = line.text.split(' ')[0] ?? '';
  const lineWidth = previous.box.x1 - previous.box.x0;
  const charWidth = (line.box.x1 - line.box.x0) / Math.max(line.text.length, 1);
  const needed = lineWidth + charWidth * (firstWord.length + 1);
  // Leave a margin for the estimate of the word's width from the average character.
  return needed < room - 0.25 * line.size - charWidth * 0.6 ? '\n' : ' ';
}
