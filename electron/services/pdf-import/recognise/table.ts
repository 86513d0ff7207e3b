// Finds the flowchart table on a page: its header by the column labels (the Excel importer's label
// table, shared/model/field-variants.ts), the columns from the vertical rules under the header,
// the executors under *Pelaksana*, the *Mutu Baku* columns, and the row lines below the header.

import { matchHeaderLabel, timeUnitOfHeader, type HeaderLabel } from '../../../../shared/model';
import type { PdfPage, PdfText } from '../page';
import { centreX, centreY, type Box } from './geometry';
import { crossing, type Rule, type Rules } from './rules';
import { frameFromText, type HeaderLabelLine } from './table-from-text';
import { linesOf, textCentre, type TextLine } from './text-lines';

export type ColumnField = Exclude<HeaderLabel, 'executors' | 'quality'> | 'executor';

export type Column = {
  x0: number;
  x1: number;
  field: ColumnField | null;
  /** The executor's name for an executor column, the header text otherwise. */
  title: string;
  /** The header lines `title` was read from. */
  titleLines: TextLine[];
  /** `menit` for `Waktu (menit)`: a bare number in the column is that many minutes. */
  timeUnit: string | null;
};

export type TableFrame = {
  box: Box;
  headerBottom: number;
  columns: Column[];
  /** The row lines from the header's bottom to the table's bottom, top to bottom. */
  rowLines: number[];
};

type Label = HeaderLabelLine;

/**
 * The flowchart table of a page, or null when the page has none. `symbols` are the outlines
 * drawn on the page, which a table without rules keeps within its columns.
 */
export function findTable(
  page: PdfPage,
  rules: Rules,
  symbols: readonly Box[] = [],
): TableFrame | null {
  const lines = linesOf(page.texts);
  const labels = headerLabels(lines);
  for (const activity of labels.filter((l) => l.field === 'activity')) {
    const others = labels.filter(
      (l) => l !== activity && Math.abs(l.box.y0 - activity.box.y0) < 90 && l.field !== 'activity',
    );
    if (new Set(others.map((l) => l.field)).size < 2) continue;
    const frame =
      frameAround(activity, others, page.texts, rules) ??
      (rulesAround(activity, rules)
        ? null
        : frameFromText([activity, ...others], page.texts, symbols));
    if (frame) return frame;
  }
  return null;
}

/**
 * Whether the page holds flowchart column labels though no whole table was found on it: a table
 * printed wider than its paper, its columns cut over pages side by side.
 */
export function hasTableLabels(page: PdfPage): boolean {
  return headerLabels(linesOf(page.texts)).length > 0;
}

/**
 * A table going on from the page before without its header: the same column lines are drawn
 * here (most of them), so the columns are the previous page's; the rows start at the first line
 * across the activity column.
 */
export function continueTable(rules: Rules, previous: TableFrame): TableFrame | null {
  const bounds = [...new Set(previous.columns.flatMap((c) => [c.x0, c.x1]))];
  const drawn = bounds.filter((x) => rules.vertical.some((r) => Math.abs(r.at - x) <= 2));
  if (drawn.length < 0.6 * bounds.length) return null;
  const activity = previous.columns.find((c) => c.field === 'activity');
  if (!activity) return null;
  const border = rules.vertical.find((r) => Math.abs(r.at - previous.box.x0) <= 2);
  if (!border) return null;
  const rowLines = distinct(
    crossing(rules.horizontal, (activity.x0 + activity.x1) / 2, 0)
      .filter((r) => r.from <= activity.x0 + 1 && r.to >= activity.x1 - 1)
      .filter((r) => r.at >= border.from - 1 && r.at <= border.to + 1)
      .map((r) => r.at),
  );
  if (rowLines.length < 2) return null;
  const top = rowLines[0]!;
  const box = {
    x0: previous.box.x0,
    x1: previous.box.x1,
    y0: top,
    y1: rowLines[rowLines.length - 1]!,
  };
  return { box, headerBottom: top, columns: previous.columns, rowLines };
}

/** Lines that are column labels, alone or with the line under them (`Uraian` / `Kegiatan`). */
function headerLabels(lines: readonly TextLine[]): Label[] {
  const labels: Label[] = [];
  for (const line of lines) {
    const field = matchHeaderLabel(line.text);
    if (field) {
      labels.push({ field, line, box: line.box });
      continue;
    }
    const below = lines.find(
      (other) =>
        other.box.y0 > line.box.y0 &&
        other.box.y0 - line.box.y1 < 0.6 * line.size &&
        other.box.x0 < line.box.x1 &&
        other.box.x1 > line.box.x0,
    );
    const joined = below ? matchHeaderLabel(`${line.text} ${below.text}`) : null;
    if (below && joined) {
      const box = {
        x0: Math.min(line.box.x0, below.box.x0),
        y0: line.box.y0,
        x1: Math.max(line.box.x1, below.box.x1),
        y1: below.box.y1,
      };
      labels.push({ field: joined, line, box });
    }
  }
  return labels;
}

/** Whether any rule stands beside the label: then the table is drawn, and read from its lines. */
function rulesAround(label: Label, rules: Rules): boolean {
  return crossing(rules.vertical, centreY(label.box)).length >= 2;
}

/** The cell around a point: the nearest rules left, right, above and below it. */
function cellAround(x: number, y: number, rules: Rules): Box | null {
  const verticals = crossing(rules.vertical, y);
  const horizontals = crossing(rules.horizontal, x);
  const left = nearest(verticals, x, -1);
  const right = nearest(verticals, x, 1);
  const top = nearest(horizontals, y, -1);
  const bottom = nearest(horizontals, y, 1);
  if (left === null || right === null || top === null || bottom === null) return null;
  return { x0: left, y0: top, x1: right, y1: bottom };
}

function nearest(rules: readonly Rule[], position: number, direction: 1 | -1): number | null {
  let best: number | null = null;
  for (const rule of rules) {
    const distance = (rule.at - position) * direction;
    if (distance > 0 && (best === null || distance < (best - position) * direction)) best = rule.at;
  }
  return best;
}

function frameAround(
  activity: Label,
  others: readonly Label[],
  items: readonly PdfText[],
  rules: Rules,
): TableFrame | null {
  const cell = cellAround(centreX(activity.box), centreY(activity.box), rules);
  if (!cell) return null;
  const headerBottom = cell.y1;
  const boundaries = distinct(crossing(rules.vertical, headerBottom - 2, 0).map((r) => r.at));
  if (boundaries.length < 4) return null;
  const inHeader = (box: Box) => box.y0 >= cell.y0 - 1 && box.y1 <= headerBottom + 1;
  const groups = others
    .filter((l) => (l.field === 'executors' || l.field === 'quality') && inHeader(l.box))
    .map((l) => ({ label: l, cell: cellAround(centreX(l.box), centreY(l.box), rules) }));
  // A name printed past its cell's border (a clipped `PPK` under `Keuangan/`) still counts
  // when a fifth of it stands in the header.
  const headerItems = items.filter(
    (t) => t.y + 0.8 * t.height >= cell.y0 && t.y + 0.2 * t.height <= headerBottom,
  );
  const columns: Column[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const x0 = boundaries[i]!;
    const x1 = boundaries[i + 1]!;
    const group = groups.find((g) => g.cell && g.cell.x0 - 1 <= x0 && g.cell.x1 + 1 >= x1);
    const below = group?.cell ? group.cell.y1 : cell.y0;
    const titleLines = headerLines(headerItems, x0, x1, below);
    columns.push(columnOf(x0, x1, titleLines, group?.label.field ?? null));
  }
  const table = { x0: boundaries[0]!, x1: boundaries[boundaries.length - 1]! };
  // The table ends where its left border does: a box drawn under it (Paraf Koordinasi) is not a row.
  const border = crossing(rules.vertical, headerBottom - 2, 0).find(
    (r) => Math.abs(r.at - table.x0) <= 2,
  );
  const end = border ? border.to + 1 : Infinity;
  const rowLines = distinct(
    crossing(rules.horizontal, (cell.x0 + cell.x1) / 2, 0)
      .filter((r) => r.at >= headerBottom - 1 && r.at <= end)
      .filter((r) => r.from <= cell.x0 + 1 && r.to >= cell.x1 - 1)
      .map((r) => r.at),
  );
  const bottom = rowLines[rowLines.length - 1] ?? headerBottom;
  return { box: { ...table, y0: cell.y0, y1: bottom }, headerBottom, columns, rowLines };
}

/** The header lines inside a column below `top` (a line printed across it counts when a fifth of it is below). */
function headerLines(items: readonly PdfText[], x0: number, x1: number, top: number): TextLine[] {
  return linesOf(
    items.filter((t) => {
      const c = textCentre(t);
      return t.y + 0.8 * t.height > top && c.x > x0 && c.x < x1;
    }),
  );
}

function columnOf(
  x0: number,
  x1: number,
  titleLines: TextLine[],
  group: HeaderLabel | null,
): Column {
  const title = titleLines
    .map((l) => l.text)
    .join(' ')
    .trim();
  const column = { x0, x1, title, titleLines, timeUnit: null };
  if (group === 'executors') return { ...column, field: 'executor' };
  const field = matchHeaderLabel(title);
  const known: ColumnField | null =
    field === null || field === 'executors' || field === 'quality' ? null : field;
  return { ...column, field: known, timeUnit: known === 'time' ? timeUnitOfHeader(title) : null };
}

/** Sorted positions with near-equal ones (within 2 points) counted once. */
function distinct(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const value of sorted) {
    const last = result[result.length - 1];
    if (last === undefined || value - last > 2) result.push(value);
  }
  return result;
}
