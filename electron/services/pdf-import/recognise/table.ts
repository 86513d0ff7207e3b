// Finds the flowchart table on a page: its header by the column labels (the Excel importer's label
// table, shared/model/field-variants.ts), the columns from the vertical rules under the header,
// the executors under *Pelaksana*, the *Mutu Baku* columns, and the row lines below the header.

import { matchHeaderLabel, timeUnitOfHeader, type HeaderLabel } from '../../../../shared/model';
import type { PdfPage } from '../page';
import { centreX, centreY, type Box } from './geometry';
import { crossing, type Rule, type Rules } from './rules';
import { linesOf, type TextLine } from './text-lines';

export type ColumnField = Exclude<HeaderLabel, 'executors' | 'quality'> | 'executor';

export type Column = {
  x0: number;
  x1: number;
  field: ColumnField | null;
  /** The executor's name for an executor column, the header text otherwise. */
  title: string;
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

type Label = { field: HeaderLabel; line: TextLine; box: Box };

/** The flowchart table of a page, or null when the page has none. */
export function findTable(page: PdfPage, rules: Rules): TableFrame | null {
  const lines = linesOf(page.texts);
  const labels = headerLabels(lines);
  for (const activity of labels.filter((l) => l.field === 'activity')) {
    const others = labels.filter(
      (l) => l !== activity && Math.abs(l.box.y0 - activity.box.y0) < 90 && l.field !== 'activity',
    );
    if (new Set(others.map((l) => l.field)).size < 2) continue;
    const frame = frameAround(activity, others, lines, rules);
    if (frame) return frame;
  }
  return null;
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
  lines: readonly TextLine[],
  rules: Rules,
): TableFrame | null {
  const cell = cellAround(centreX(activity.box), centreY(activity.box), rules);
  if (!cell) return null;
  const headerBottom = cell.y1;
  const boundaries = distinct(crossing(rules.vertical, headerBottom - 2, 0).map((r) => r.at));
  if (boundaries.length < 4) return null;
  const groups = others
    .filter((l) => l.field === 'executors' || l.field === 'quality')
    .map((l) => ({ label: l, cell: cellAround(centreX(l.box), centreY(l.box), rules) }));
  const headerLines = lines.filter((l) => l.box.y0 >= cell.y0 - 1 && l.box.y1 <= headerBottom + 1);
  const columns: Column[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const x0 = boundaries[i]!;
    const x1 = boundaries[i + 1]!;
    const group = groups.find((g) => g.cell && g.cell.x0 - 1 <= x0 && g.cell.x1 + 1 >= x1);
    const below = group?.cell ? group.cell.y1 : cell.y0;
    const title = headerText(headerLines, x0, x1, below);
    columns.push(columnOf(x0, x1, title, group?.label.field ?? null));
  }
  const table = { x0: boundaries[0]!, x1: boundaries[boundaries.length - 1]! };
  const rowLines = distinct(
    crossing(rules.horizontal, (cell.x0 + cell.x1) / 2, 0)
      .filter((r) => r.at >= headerBottom - 1 && r.from <= cell.x0 + 1 && r.to >= cell.x1 - 1)
      .map((r) => r.at),
  );
  const bottom = rowLines[rowLines.length - 1] ?? headerBottom;
  return { box: { ...table, y0: cell.y0, y1: bottom }, headerBottom, columns, rowLines };
}

/** The header lines inside a column below `top`, joined with spaces. */
function headerText(lines: readonly TextLine[], x0: number, x1: number, top: number): string {
  return lines
    .filter((l) => l.box.y0 >= top - 1 && centreX(l.box) > x0 && centreX(l.box) < x1)
    .map((l) => l.text)
    .join(' ')
    .trim();
}

function columnOf(x0: number, x1: number, title: string, group: HeaderLabel | null): Column {
  if (group === 'executors') return { x0, x1, field: 'executor', title, timeUnit: null };
  const field = matchHeaderLabel(title);
  const known: ColumnField | null =
    field === null || field === 'executors' || field === 'quality' ? null : field;
  return {
    x0,
    x1,
    field: known,
    title,
    timeUnit: known === 'time' ? timeUnitOfHeader(title) : null,
  };
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
