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
  clear: () => {
    navigations.length = 0;
    set({ anchor: null, focus: null });
  },
}));

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** What a focus change needs to know of the event that caused it. */
export type FocusGesture = { type: string; shiftKey: boolean; key?: string };

/** Whether a gesture extends the range: a shift+click or a shift+arrow (not Shift+Tab). */
export function extendsRange(gesture: FocusGesture | null | undefined): boolean {
  if (!gesture?.shiftKey) return false;
  if (gesture.type.startsWith('key')) return gesture.key !== undefined && ARROWS.has(gesture.key);
  return gesture.type === 'mousedown' || gesture.type === 'pointerdown' || gesture.type === 'click';
}

/**
 * AG Grid delivers focus events asynchronously, in order, some time after the gesture. So
 * whether a focus change extends the range is read from the gesture that caused that change,
 * never from the keyboard's state when the event arrives: a plain click followed at once by
 * Shift+ArrowDown must start a new range at the clicked cell. A click carries its mouse event
 * on the focus event; arrow navigation does not, so the navigation callback (which AG Grid
 * calls synchronously in the keydown) queues its target here for the focus event to find.
 */
const navigations: Array<GridCell & { extend: boolean }> = [];

/** Records arrow navigation to `cell` (called synchronously while the key goes down). */
export function noteNavigation(cell: GridCell, gesture: FocusGesture | null | undefined): void {
  navigations.push({ ...cell, extend: extendsRange(gesture) });
  if (navigations.length > 32) navigations.shift();
}

/** Whether the focus change to `cell`, caused by `source` if known, extends the range. */
export function focusExtends(cell: GridCell, source: FocusGesture | null | undefined): boolean {
  if (source) return extendsRange(source);
  const i = navigations.findIndex((n) => n.row === cell.row && n.column === cell.column);
  if (i === -1) return false;
  const [navigation] = navigations.splice(0, i + 1).slice(-1);
  return navigation?.extend ?? false;
}

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
