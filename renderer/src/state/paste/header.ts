// A block whose first row is a title row (a table copied with its header from Excel or Word) is
// mapped by the titles: the printed labels and their spellings in the field (the importer's one
// table, shared/model/field-variants.ts) and the SOP's executor names. A second row under a merged
// Pelaksana or Mutu Baku title names the lanes, and a row numbering the columns is skipped.

import {
  compactLabel,
  matchHeaderLabel,
  timeUnitOfHeader,
  type SopDocument,
  type TimeUnit,
} from '../../../../shared/model';
import { executorColumnKey, readExecutorCell } from '../columns';
import type { ColumnKey } from '../columns';
import { blockWidth } from './block';
import type { BlockColumns, ColumnTarget } from './types';

/** What one title names: a column of the table, a group title above lanes, or nothing known. */
type Title = ColumnKey | 'group' | null;

function titleOf(doc: SopDocument, cell: string): Title {
  const text = cell.trim();
  if (text === '' || text.length > 60) return null;
  const compact = compactLabel(text);
  const executor = doc.executors.find((e) => compact !== '' && compactLabel(e.name) === compact);
  if (executor) return executorColumnKey(executor.id);
  const label = matchHeaderLabel(text);
  if (label === 'executors' || label === 'quality') return 'group';
  return label;
}

/**
 * A title row: two or more cells name something and they are at least half of its texts, or
 * every text in it names something (one column copied with its title).
 */
function isTitleRow(row: readonly string[], titles: readonly Title[]): boolean {
  const named = titles.filter((t) => t !== null).length;
  const filled = row.filter((cell) => cell.trim() !== '').length;
  return (named >= 2 && named * 2 >= filled) || (named > 0 && named === filled);
}

/** The text of the title above column `index`: its own, or that of a merged title to its left. */
function governing(row: readonly string[], index: number): string {
  for (let i = Math.min(index, row.length - 1); i >= 0; i -= 1) {
    const text = (row[i] ?? '').trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * A second title row under merged Pelaksana/Mutu Baku titles: it holds no mark, and each of its
 * texts names a column or stands under a group title (lanes of another SOP included).
 */
function isLaneRow(doc: SopDocument, top: readonly string[], row: readonly string[]): boolean {
  const texts = row.flatMap((cell, i) => (cell.trim() === '' ? [] : [{ cell, i }]));
  return (
    texts.length > 0 &&
    texts.every(
      ({ cell, i }) =>
        readExecutorCell(cell) === 'text' &&
        (titleOf(doc, cell) !== null || titleOf(doc, governing(top, i)) === 'group'),
    )
  );
}

/** `1 2 3 …` (or `(1) (2) …`) under the titles: the columns' numbers, not a step. */
function isIndexRow(row: readonly string[]): boolean {
  const numbers = row
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .map((cell) => /^\(?(\d{1,2})\)?$/.exec(cell)?.[1]);
  return (
    numbers.length >= 3 &&
    numbers.every(
      (n, i) => n !== undefined && (i === 0 || Number(n) === Number(numbers[i - 1]) + 1),
    )
  );
}

/** A title that names a column of this SOP. */
function columnOf(title: Title | undefined): ColumnKey | null {
  return title === undefined || title === 'group' ? null : title;
}

export function columnsByHeader(doc: SopDocument, rows: string[][]): BlockColumns | null {
  const top = rows[0] ?? [];
  const topTitles = top.map((cell) => titleOf(doc, cell));
  if (!isTitleRow(top, topTitles)) return null;
  const second = rows[1] ?? [];
  const lanes = rows.length > 2 && isLaneRow(doc, top, second) ? second : [];
  let next = lanes.length > 0 ? 2 : 1;
  if (isIndexRow(rows[next] ?? [])) next += 1;
  if (next >= rows.length) return null;
  const targets: ColumnTarget[] = [];
  let timeUnit: TimeUnit | null = null;
  const width = blockWidth(rows);
  for (let i = 0; i < width; i += 1) {
    const lane = (lanes[i] ?? '').trim();
    const fromLane = columnOf(titleOf(doc, lane));
    const key = fromLane ?? columnOf(topTitles[i]);
    if (key === 'time') timeUnit = timeUnitOfHeader(fromLane ? lane : (top[i] ?? ''));
    targets.push(key ?? { leftOut: 'header', label: lane || governing(top, i) });
  }
  return { rows: rows.slice(next), targets, timeUnit, byHeader: true };
}
