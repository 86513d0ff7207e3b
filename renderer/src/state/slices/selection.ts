// Selection slice: the focused cell of the grid, shared so other panels can read it or jump to it.

import type { EditorSlice, SelectionSlice } from './types';

export const createSelectionSlice: EditorSlice<SelectionSlice> = (set, get) => ({
  selection: null,
  revealCount: 0,
  select: (cell) => {
    const current = get().selection;
    if (current === cell) return;
    if (current && cell && current.stepId === cell.stepId && current.column === cell.column) return;
    set({ selection: cell });
  },
  reveal: (cell) => set({ selection: cell, revealCount: get().revealCount + 1 }),
});
