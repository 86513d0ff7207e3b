// The rectangular cell range of the grid (AG Grid Community has no range selection): an anchor
// cell and a focus cell, by row index and column key; shift+click and shift+arrows extend it.

import { create } from 'zustand';

export type GridCell = { row: number; column: string };

type RangeState = {
  anchor: GridCell | null;
  focus: GridCell | null;
  /** Moves the focus; `extend` keeps the anchor (shift held), otherwise the range collapses. */
  focusCell: (cell: GridCell, extend: boolean) => void;
  clear: () => void;
};

export const useRange = create<RangeState>((set, get) => ({
  anchor: null,
  focus: null,
  focusCell: (cell, extend) => {
    const { anchor, focus } = get();
    if (
      focus &&
      focus.row === cell.row &&
      focus.column === cell.column &&
      (extend || anchor === focus)
    )
      return;
    set({ anchor: extend && anchor ? anchor : cell, focus: cell });
  },
  clear: () => set({ anchor: null, focus: null }),
}));

export type CellRange = { rowStart: number; rowEnd: number; columns: string[] };

/** The range as rows and the columns between anchor and focus in display order. */
export function rangeBounds(
  anchor: GridCell | null,
  focus: GridCell | null,
  displayOrder: readonly string[],
): CellRange | null {
  if (!anchor || !focus) return null;
  const a = displayOrder.indexOf(anchor.column);
  const b = displayOrder.indexOf(focus.column);
  if (a === -1 || b === -1) return null;
  return {
    rowStart: Math.min(anchor.row, focus.row),
    rowEnd: Math.max(anchor.row, focus.row),
    columns: displayOrder.slice(Math.min(a, b), Math.max(a, b) + 1),
  };
}

/** Whether the range covers more than one cell (a single cell is just the focus). */
export function isMultiCell(range: CellRange | null): range is CellRange {
  return range !== null && (range.rowEnd > range.rowStart || range.columns.length > 1);
}
