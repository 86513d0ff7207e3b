// A flowchart table without ruling lines, read from the alignment of its texts: the columns from
// the header's labels and executor names (each centred over its column), the rows from the step
// numbers in the first column. Used only where the rules around the header are missing.

import { matchHeaderLabel, timeUnitOfHeader, type HeaderLabel } from '../../../../shared/model';
import type { PdfText } from '../page';
import { centreX, type Box } from './geometry';
import type { Column, ColumnField, TableFrame } from './table';
import { linesOf, textCentre, type TextLine } from './text-lines';

export type HeaderLabelLine = { field: HeaderLabel; line: TextLine; box: Box };

type Anchor = { field: ColumnField | null; lines: TextLine[]; box: Box };

/** The table under these header labels, its columns and rows placed by its texts. */
export function frameFromText(
  labels: readonly HeaderLabelLine[],
  items: readonly PdfText[],
  symbols: readonly Box[],
): TableFrame | null {
  // The header's rows lie within a couple of lines of the activity label; a label-like word
  // further down (`Catatan`) is a cell's text.
  const activity = labels.find((l) => l.field === 'activity');
  if (!activity) return null;
  const reach = activity.box.y1 + 2 * activity.line.size;
  const header = labels.filter((l) => l.box.y0 <= reach);
  const anchors = columnAnchors(header, items);
  if (anchors.length < 3 || !anchors.some((a) => a.field === 'executor')) return null;
  const headerBottom = Math.max(...anchors.map((a) => a.box.y1)) + 1;
  const bounds = columnBounds(anchors, items, symbols, headerBottom);
  const columns: Column[] = anchors.map((anchor, i) => {
    const title = anchor.lines.map((l) => l.text).join(' ');
    return {
      x0: bounds[i]!,
      x1: bounds[i + 1]!,
      field: anchor.field,
      title,
      titleLines: anchor.lines,
      timeUnit: anchor.field === 'time' ? timeUnitOfHeader(title) : null,
    };
  });
  const rowLines = rowsFromNumbers(columns, items, headerBottom);
  if (rowLines.length < 2) return null;
  const box = {
    x0: bounds[0]!,
    x1: bounds[bounds.length - 1]!,
    y0: Math.min(...labels.map((l) => l.box.y0)) - 1,
    y1: rowLines[rowLines.length - 1]!,
  };
  return { box, headerBottom: rowLines[0]!, columns, rowLines };
}

/** One anchor per column: its label, or an executor's name under *Pelaksana*. */
function columnAnchors(labels: readonly HeaderLabelLine[], items: readonly PdfText[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const label of labels) {
    if (label.field === 'quality') continue;
    if (label.field === 'executors') {
      anchors.push(...executorAnchors(label, labels, items));
      continue;
    }
    anchors.push({ field: label.field, lines: [label.line], box: label.box });
  }
  return anchors.sort((a, b) => centreX(a.box) - centreX(b.box));
}

/**
 * The names under *Pelaksana*, between the activity label and the next label to the right (not
 * the column numbers some tables print under their header).
 */
function executorAnchors(
  executors: HeaderLabelLine,
  labels: readonly HeaderLabelLine[],
  items: readonly PdfText[],
): Anchor[] {
  const size = executors.line.size;
  const activity = labels.find((l) => l.field === 'activity');
  const left = activity ? activity.box.x1 : -Infinity;
  const right = Math.min(
    ...labels
      .filter(
        (l) => l.box.x0 > executors.box.x1 && l.field !== 'quality' && l.field !== 'executors',
      )
      .map((l) => l.box.x0),
  );
  const names = linesOf(
    items.filter((t) => {
      const c = textCentre(t);
      return (
        c.x > left && c.x < right && t.y > executors.box.y1 && t.y < executors.box.y1 + 3 * size
      );
    }),
  ).filter((l) => matchHeaderLabel(l.text) === null && !/^\(?\d{1,2}\)?$/.test(l.text));
  // Lines of one wrapped name overlap horizontally.
  const groups: TextLine[][] = [];
  for (const line of names) {
    const group = groups.find((g) =>
      g.some((o) => o.box.x0 < line.box.x1 && line.box.x0 < o.box.x1),
    );
    if (group) group.push(line);
    else groups.push([line]);
  }
  return groups.map((lines) => ({
    field: 'executor' as const,
    lines,
    box: {
      x0: Math.min(...lines.map((l) => l.box.x0)),
      y0: Math.min(...lines.map((l) => l.box.y0)),
      x1: Math.max(...lines.map((l) => l.box.x1)),
      y1: Math.max(...lines.map((l) => l.box.y1)),
    },
  }));
}

/**
 * Column lines: between two neighbouring columns, in the middle of the widest stretch no text
 * or symbol covers (the white river between them); the table starts and ends past every text.
 */
function columnBounds(
  anchors: readonly Anchor[],
  items: readonly PdfText[],
  symbols: readonly Box[],
  top: number,
): number[] {
  const body = items.filter((t) => t.y >= top);
  const spans = [
    ...body.map((t) => [t.x, t.x + t.width] as const),
    ...symbols.filter((b) => b.y0 >= top).map((b) => [b.x0, b.x1] as const),
    ...anchors.map((a) => [a.box.x0, a.box.x1] as const),
  ];
  const start = Math.min(...spans.map(([x0]) => x0)) - 2;
  const end = Math.max(...spans.map(([, x1]) => x1)) + 2;
  const bounds = [start];
  for (let i = 0; i + 1 < anchors.length; i++) {
    bounds.push(widestGap(centreX(anchors[i]!.box), centreX(anchors[i + 1]!.box), spans));
  }
  bounds.push(end);
  return bounds;
}

/** The middle of the widest stretch between `from` and `to` that no span covers. */
function widestGap(
  from: number,
  to: number,
  spans: readonly (readonly [number, number])[],
): number {
  const inside = spans
    .filter(([x0, x1]) => x1 > from && x0 < to)
    .map(([x0, x1]) => [Math.max(x0, from), Math.min(x1, to)] as const)
    .sort((a, b) => a[0] - b[0]);
  let best = { width: -1, middle: (from + to) / 2 };
  let reached = from;
  for (const [x0, x1] of [...inside, [to, to] as const]) {
    if (x0 - reached > best.width) best = { width: x0 - reached, middle: (reached + x0) / 2 };
    reached = Math.max(reached, x1);
  }
  return best.middle;
}

/**
 * Row lines halfway between the step numbers of the first column, from under the header (and
 * under its column numbers, a line of three or more bare numbers) down.
 */
function rowsFromNumbers(
  columns: readonly Column[],
  items: readonly PdfText[],
  headerBottom: number,
): number[] {
  const number = columns.find((c) => c.field === 'number');
  if (!number) return [];
  const bare = items.filter((t) => t.y >= headerBottom && /^\d{1,4}\.?$/.test(t.text.trim()));
  const columnNumbers = linesOf(bare).find((l) => l.items.length >= 3);
  const top = columnNumbers ? columnNumbers.box.y1 + 1 : headerBottom;
  const numbers = bare
    .filter((t) => t.y >= top && textCentre(t).x > number.x0 && textCentre(t).x < number.x1)
    .sort((a, b) => a.y - b.y);
  if (numbers.length === 0) return [];
  const lines = [top];
  for (let i = 1; i < numbers.length; i++) {
    lines.push((textCentre(numbers[i - 1]!).y + textCentre(numbers[i]!).y) / 2);
  }
  // The last row reaches as far below its number as the row before reached above it.
  const middle = textCentre(numbers[numbers.length - 1]!).y;
  lines.push(2 * middle - lines[lines.length - 1]!);
  return lines;
}
