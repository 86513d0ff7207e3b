// Transient state of the grid's own popovers and dialogs, and the column widths the user chose
// (not part of the document); the decision editor's is in app/decision-editor.ts, since the
// checks panel opens it too.

import { create } from 'zustand';

type GridUiState = {
  /** The executor waiting for the remove confirmation. */
  removing: string | null;
  /** The row menu (right click on a cell), at a screen position. */
  menu: { x: number; y: number } | null;
  /**
   * Column widths the user set by dragging a header's edge, per SOP (its library id) and column,
   * for this session: another SOP, or the next start, begins with widths fitted to the names.
   */
  columnWidths: Readonly<Record<string, Readonly<Record<string, number>>>>;
  rememberWidth: (sop: string, colId: string, width: number) => void;
  openMenu: (x: number, y: number) => void;
  closeMenu: () => void;
  askRemove: (executorId: string) => void;
  closeRemove: () => void;
};

export const useGridUi = create<GridUiState>((set) => ({
  removing: null,
  menu: null,
  columnWidths: {},
  rememberWidth: (sop, colId, width) =>
    set((state) => ({
      columnWidths: {
        ...state.columnWidths,
        [sop]: { ...state.columnWidths[sop], [colId]: width },
      },
    })),
  openMenu: (x, y) => set({ menu: { x, y } }),
  closeMenu: () => set({ menu: null }),
  askRemove: (executorId) => set({ removing: executorId }),
  closeRemove: () => set({ removing: null }),
}));
