// Lists and paragraphs broken into lines with a hanging indent for numbered items, so long lists can
// be split between pages line by line.

import { wrapText, type TextMeasurer } from './measure';
import { textAt } from './primitives';
import type { Primitive } from './types';

/** One printed line: the item number on the first line of an item, the text after the indent. */
export type ListLine = { marker: string; text: string; indent: number; bold: boolean };

export type ListStyle = { fontSize: number; bold?: boolean };

/** Items numbered "1." "2." … when there are several; one item prints as a plain paragraph. */
export function listLines(
  items: string[],
  width: number,
  style: ListStyle,
  measurer: TextMeasurer,
): ListLine[] {
  const bold = style.bold ?? false;
  const filled = items.map((i) => i.trim()).filter((i) => i.length > 0);
  if (filled.length === 0) return [{ marker: '', text: '-', indent: 0, bold }];
  const numbered = filled.length > 1;
  const indent = numbered ? measurer.width(`${filled.length}. `, style.fontSize, bold) + 1 : 0;
  return filled.flatMap((item, i) =>
    wrapText(item, width - indent, style.fontSize, bold, measurer).map((text, k) => ({
      marker: numbered && k === 0 ? `${i + 1}.` : '',
      text,
      indent,
      bold,
    })),
  );
}

/** Draws lines top-down from (x, y) inside a cell's padding. */
export function drawLines(
  lines: ListLine[],
  x: number,
  y: number,
  width: number,
  fontSize: number,
  measurer: TextMeasurer,
): Primitive[] {
  const lineHeight = measurer.lineHeight(fontSize);
  const out: Primitive[] = [];
  lines.forEach((line, i) => {
    const top = y + i * lineHeight;
    if (line.marker)
      out.push(textAt([line.marker], x, top, line.indent, { fontSize, bold: line.bold }, measurer));
    if (line.text) {
      out.push(
        textAt(
          [line.text],
          x + line.indent,
          top,
          width - line.indent,
          { fontSize, bold: line.bold },
          measurer,
        ),
      );
    }
  });
  return out;
}
