// Questions about a sheet's grid: the text at a cell, the merged range covering it, and where rows
// and columns lie in EMU (the unit of drawing anchors), so a shape's position maps to a cell.

import { PLAIN_LOOK, type CellLook } from './cell-style';
import { MergeIndex } from './merge-index';
import type { Merge, Sheet } from './sheet-read';
import { columnPixels, EMU_PER_PIXEL, EMU_PER_POINT } from './units';

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;
/**
 * Larger merges (whole columns or rows) are rare and only their master cell matters for text:
 * they are left out, so a covered cell far away does not show the master's text.
 */
const MAX_INDEXED_MERGE_CELLS = 20_000;

export class SheetGrid {
  readonly sheet: Sheet;
  private readonly merges: MergeIndex;
  private readonly rowStarts: Offsets;
  private readonly colStarts: Offsets;
  /** Numbers of the rows holding cells, ascending. */
  private readonly filledRows: number[];

  constructor(sheet: Sheet) {
    this.sheet = sheet;
    this.merges = new MergeIndex(
      sheet.merges.filter(
        (m) => (m.bottom - m.top + 1) * (m.right - m.left + 1) <= MAX_INDEXED_MERGE_CELLS,
      ),
    );
    this.filledRows = [...sheet.rows.keys()].sort((a, b) => a - b);
    this.rowStarts = new Offsets(
      sheet.defaultRowHeight * EMU_PER_POINT,
      [...sheet.rowHeights].map(([row, height]) => [row, height * EMU_PER_POINT]),
    );
    this.colStarts = new Offsets(
      widthToEmu(sheet.defaultColWidth),
      [...sheet.colWidths].map(([col, width]) => [col, widthToEmu(width)]),
    );
  }

  get name(): string {
    return this.sheet.name;
  }

  /** Text of the cell itself (empty when absent or covered by another cell's merge). */
  text(row: number, col: number): string {
    return this.sheet.rows.get(row)?.get(col)?.text ?? '';
  }

  /** Text shown at a cell: a covered cell shows its merge's master text. */
  shownText(row: number, col: number): string {
    const merge = this.mergeAt(row, col);
    return merge ? this.text(merge.top, merge.left) : this.text(row, col);
  }

  /** Border and fill of the cell itself (a covered cell: its merge's master cell). */
  look(row: number, col: number): CellLook {
    const merge = this.mergeAt(row, col);
    const cell = merge
      ? this.sheet.rows.get(merge.top)?.get(merge.left)
      : this.sheet.rows.get(row)?.get(col);
    return cell?.look ?? PLAIN_LOOK;
  }

  mergeAt(row: number, col: number): Merge | undefined {
    return this.merges.at(row, col);
  }

  /** The last column a cell reaches (its merge's right edge, or itself). */
  rightEdge(row: number, col: number): number {
    return this.mergeAt(row, col)?.right ?? col;
  }

  /** The last row a cell reaches (its merge's bottom edge, or itself). */
  bottomEdge(row: number, col: number): number {
    return this.mergeAt(row, col)?.bottom ?? row;
  }

  /** Whether a cell is hidden under another cell's merge. */
  isCovered(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return merge !== undefined && (merge.top !== row || merge.left !== col);
  }

  /** The non-empty cells of a row, left to right: [col, text]. */
  rowCells(row: number): Array<[number, string]> {
    const cells = this.sheet.rows.get(row);
    if (!cells) return [];
    return [...cells]
      .filter(([, cell]) => cell.text.trim() !== '')
      .sort(([a], [b]) => a - b)
      .map(([col, cell]) => [col, cell.text]);
  }

  /** Rows from `from` to `to` that hold cells, ascending (empty rows cost nothing to skip). */
  filledRowsBetween(from: number, to: number): number[] {
    const rows: number[] = [];
    for (
      let i = lowerBound(this.filledRows, from);
      i < this.filledRows.length && (this.filledRows[i] ?? 0) <= to;
      i += 1
    ) {
      rows.push(this.filledRows[i] ?? 0);
    }
    return rows;
  }

  /** Top edge of a 1-based row, in EMU. */
  rowTop(row: number): number {
    return this.rowStarts.start(row);
  }

  colLeft(col: number): number {
    return this.colStarts.start(col);
  }

  /** The 1-based row and column containing an EMU point. */
  cellAt(x: number, y: number): { row: number; col: number } {
    return { row: this.rowStarts.indexAt(y, MAX_ROW), col: this.colStarts.indexAt(x, MAX_COL) };
  }
}

/** A column width in characters as EMU, the way Excel shows it. */
function widthToEmu(width: number): number {
  return Math.max(0, columnPixels(width)) * EMU_PER_PIXEL;
}

/** Start offsets of 1-based rows or columns: a default size with some explicit sizes. */
class Offsets {
  private readonly indexes: number[];
  /** Sum of (size - default) over explicit entries before each index. */
  private readonly extra: number[];

  constructor(
    private readonly size: number,
    explicit: Array<[number, number]>,
  ) {
    const sorted = explicit.filter(([i]) => i >= 1).sort(([a], [b]) => a - b);
    this.indexes = sorted.map(([i]) => i);
    this.extra = [0];
    for (const [, value] of sorted) {
      this.extra.push((this.extra[this.extra.length - 1] ?? 0) + value - this.size);
    }
  }

  start(index: number): number {
    // Explicit entries before `index` adjust the default size.
    return (index - 1) * this.size + (this.extra[lowerBound(this.indexes, index)] ?? 0);
  }

  indexAt(offset: number, max: number): number {
    let lo = 1;
    let hi = max;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The position of the first number in ascending `sorted` that is not below `value`. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
