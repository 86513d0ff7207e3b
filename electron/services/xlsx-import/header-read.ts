// Finds flowchart table headers on a sheet by their labels and synonyms (docs/format.md): 1 to 3
// header rows with merged group cells, the executor lanes between the activity column and the
// first Mutu Baku column, the time unit of the Waktu header and the table title above.

import type { SheetGrid } from '../ooxml/grid';
import {
  isGenericTitle,
  matchHeaderLabel,
  matchIdentityLabel,
  splitLabelAndValue,
  timeUnitOfHeader,
  type HeaderLabel,
  type TimeUnit,
} from '../../../shared/model';
import { cleanInline } from '../../../shared/import/text';

export type Lane = { col: number; right: number; name: string };

export type TableHeader = {
  top: number;
  /** Last header row, including an index row `1 2 3 …`. */
  bottom: number;
  number: number | null;
  activity: number;
  lanes: Lane[];
  requirements: number | null;
  time: number | null;
  output: number | null;
  notes: number | null;
  /** Rightmost table column. */
  right: number;
  timeUnit: TimeUnit | null;
  title: { text: string; row: number; col: number } | null;
  /** The activity column has no header text; it was taken as the one after `No`. */
  activityUnlabelled: boolean;
};

type Hit = { row: number; col: number; label: HeaderLabel };

/** Every header on the sheet, top to bottom (repeats after page breaks included). */
export function findHeaders(grid: SheetGrid): TableHeader[] {
  const headers: TableHeader[] = [];
  let after = 0;
  for (const row of grid.filledRowsBetween(1, grid.sheet.maxRow)) {
    if (row <= after) continue;
    const header = headerAt(grid, row);
    if (header) {
      headers.push(header);
      after = header.bottom;
    }
  }
  return headers;
}

function headerHits(grid: SheetGrid, row: number): Hit[] {
  const hits: Hit[] = [];
  for (const [col, text] of grid.rowCells(row)) {
    if (text.length > 60) continue;
    const label = matchHeaderLabel(text);
    if (label) hits.push({ row, col, label });
  }
  return hits;
}

/** Whether a row looks like (part of) a header: two or more header labels. */
export function isHeaderLikeRow(grid: SheetGrid, row: number): boolean {
  return headerHits(grid, row).length >= 2;
}

function headerAt(grid: SheetGrid, top: number): TableHeader | null {
  const first = headerHits(grid, top);
  const activityHit =
    first.find((hit) => hit.label === 'activity') ?? unlabelledActivity(grid, first);
  if (!activityHit) return null;
  const hits = [...first, ...lowerHeaderRows(grid, top, first).flatMap((r) => headerHits(grid, r))];
  const quality = hits.filter((hit) =>
    ['quality', 'requirements', 'time', 'output'].includes(hit.label),
  );
  if (quality.length === 0) return null;
  const activity = activityHit.col;
  const activityRight = grid.rightEdge(top, activity);
  const leftmost = (label: HeaderLabel): number | null =>
    hits
      .filter((hit) => hit.label === label && hit.col > activityRight)
      .sort((a, b) => a.col - b.col)[0]?.col ?? null;
  const qualityLeft = Math.min(
    ...quality.map((hit) => grid.mergeAt(hit.row, hit.col)?.left ?? hit.col),
  );
  if (qualityLeft <= activityRight) return null;
  const bottom = headerBottom(grid, top, activity, hits);
  const numberHit = hits.find((hit) => hit.label === 'number' && hit.col < activity);
  const timeCol = leftmost('time');
  const timeText = timeCol === null ? '' : headerText(grid, top, bottom, timeCol);
  const lanes = readLanes(grid, top, bottom, activityRight + 1, qualityLeft - 1);
  const right = Math.max(
    ...hits.map((hit) => grid.rightEdge(hit.row, hit.col)),
    ...lanes.map((lane) => lane.right),
  );
  return {
    top,
    bottom,
    number: numberHit?.col ?? null,
    activity,
    lanes,
    requirements: leftmost('requirements'),
    time: timeCol,
    output: leftmost('output'),
    notes: leftmost('notes'),
    right,
    timeUnit: timeUnitOfHeader(timeText),
    title: findTitle(grid, top),
    activityUnlabelled: !first.some((hit) => hit.label === 'activity'),
  };
}

/**
 * The rows below the first that may still be header rows (two at most). They stop at the first
 * step row: a row numbered in the No column (not the `1 2 3 …` index row) is step 1, even when
 * one of its texts is a header word ("Hasil").
 */
function lowerHeaderRows(grid: SheetGrid, top: number, first: Hit[]): number[] {
  const numberCol = first.find((hit) => hit.label === 'number')?.col;
  const isStepRow = (row: number): boolean =>
    numberCol !== undefined &&
    /^\d+\.?$/.test(grid.shownText(row, numberCol).trim()) &&
    !isIndexRow(grid, row);
  const lowerRows = [top + 1, top + 2];
  const stop = lowerRows.findIndex(isStepRow);
  return stop === -1 ? lowerRows : lowerRows.slice(0, stop);
}

/**
 * The header ends at its lowest label row (an activity label lower down is a step's text) or at
 * the bottom of a merged activity header, and spans three rows at most; an index row `1 2 3 …`
 * under it belongs to it.
 */
function headerBottom(grid: SheetGrid, top: number, activity: number, hits: Hit[]): number {
  const lowest = Math.max(
    ...hits.filter((hit) => hit.label !== 'activity' || hit.row === top).map((hit) => hit.row),
    grid.bottomEdge(top, activity),
  );
  const bottom = Math.min(lowest, top + 2);
  return isIndexRow(grid, bottom + 1) ? bottom + 1 : bottom;
}

/**
 * An empty activity header (docs/format.md, Bekasi): the column between `No` and the `Pelaksana`
 * group, when that header cell is empty.
 */
function unlabelledActivity(grid: SheetGrid, hits: Hit[]): Hit | undefined {
  const number = hits.find((hit) => hit.label === 'number');
  const group = hits.find((hit) => hit.label === 'executors');
  if (!number || !group) return undefined;
  const col = grid.rightEdge(number.row, number.col) + 1;
  if (col >= group.col || grid.shownText(number.row, col).trim()) return undefined;
  return { row: number.row, col, label: 'activity' };
}

/** `1 2 3 …` under the header: three or more cells holding consecutive integers. */
function isIndexRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.rowCells(row);
  if (cells.length < 3) return false;
  return cells.every(
    ([, text], i) =>
      /^\(?\d{1,2}\)?$/.test(text.trim()) &&
      Number(text.replace(/\D/g, '')) === Number(cells[0]?.[1].replace(/\D/g, '')) + i,
  );
}

function headerText(grid: SheetGrid, top: number, bottom: number, col: number): string {
  const texts: string[] = [];
  for (let row = top; row <= bottom; row += 1) {
    const text = grid.text(row, col);
    if (text) texts.push(text);
  }
  return texts.join(' ');
}

/**
 * One lane per column (or per horizontally merged header cell) between the activity and Mutu Baku
 * columns, named by its lowest header text; a group cell (`PELAKSANA` over several lanes) is not a
 * lane name, but a lane may itself be called `Pelaksana`.
 */
function readLanes(grid: SheetGrid, top: number, bottom: number, from: number, to: number): Lane[] {
  const lanes: Lane[] = [];
  const lastTextRow = isIndexRow(grid, bottom) ? bottom - 1 : bottom;
  for (let col = from; col <= to; col += 1) {
    let name = '';
    let right = col;
    for (let row = lastTextRow; row >= top; row -= 1) {
      const merge = grid.mergeAt(row, col);
      const text = grid.shownText(row, col);
      if (!text) continue;
      const spansLanes = merge !== undefined && merge.right > merge.left;
      if (spansLanes && matchHeaderLabel(text) === 'executors' && row < lastTextRow) continue;
      if (spansLanes && merge.left < col) {
        name = '';
        break;
      }
      name = cleanInline(text);
      right = Math.min(spansLanes ? merge.right : col, to);
      break;
    }
    if (lanes.some((lane) => col <= lane.right)) continue;
    lanes.push({ col, right, name });
  }
  return lanes;
}

/** The table title: the nearest single-text row above the header that is not a generic line. */
function findTitle(grid: SheetGrid, top: number): TableHeader['title'] {
  for (let row = top - 1; row >= Math.max(1, top - 4); row -= 1) {
    const cells = grid.rowCells(row);
    if (cells.length === 0) continue;
    if (cells.length > 1) return null;
    const [col, text] = cells[0] ?? [0, ''];
    if (matchIdentityLabel(text) || matchHeaderLabel(text)) return null;
    if (isGenericTitle(text)) continue;
    if (continuesIdentity(grid, row)) return null;
    return { text: cleanInline(text), row, col };
  }
  return null;
}

/**
 * True when a row is the last of a run of filled rows that starts at an identity label (the last
 * item of a list such as Pencatatan dan Pendataan): such a row is a value, not a table title. A
 * generic title line (`STANDAR OPERASIONAL PROSEDUR`) or an empty row ends the run.
 */
function continuesIdentity(grid: SheetGrid, row: number): boolean {
  for (let above = row - 1; above >= 1; above -= 1) {
    const cells = grid.rowCells(above);
    if (cells.length === 0) return false;
    if (cells.some(([, text]) => isGenericTitle(text))) return false;
    if (cells.some(([, text]) => matchIdentityLabel(text) || splitLabelAndValue(text))) return true;
  }
  return false;
}
