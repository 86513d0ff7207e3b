// Reading a pasted block: its rows with content, its width, its columns, and whether the cells of
// a column are executor marks.

import { readExecutorCell } from '../columns';

/** The rows holding something; blank rows (a trailing line, a spacer row) carry nothing. */
export function contentRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => [...row]);
}

export function blockWidth(rows: readonly (readonly string[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** The cells of column `index`, '' where a row is shorter. */
export function columnCells(rows: readonly (readonly string[])[], index: number): string[] {
  return rows.map((row) => row[index] ?? '');
}

/** Whether cells can stand in executor columns: each is a mark or empty, none is text. */
export function holdNoText(cells: readonly string[]): boolean {
  return cells.every((cell) => readExecutorCell(cell) !== 'text');
}

/** Whether some cell is a mark. */
export function holdAMark(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const value = readExecutorCell(cell);
    return value !== 'text' && value !== 'empty';
  });
}

const NUMBER_CELL = /^\s*\d{1,4}\s*[.)]?\s*$/;

/** Drops a leading "No" column: every row starts with a number (or nothing) and has more cells. */
export function dropNumberColumn(rows: string[][]): string[][] {
  const numbered =
    rows.length > 0 &&
    rows.every(
      (r) => r.length > 1 && (NUMBER_CELL.test(r[0] ?? '') || (r[0] ?? '').trim() === ''),
    ) &&
    rows.some((r) => NUMBER_CELL.test(r[0] ?? ''));
  return numbered ? rows.map((r) => r.slice(1)) : rows;
}
