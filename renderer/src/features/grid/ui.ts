// Transient state of the grid's own menu and dialogs (not part of the document); the decision
// editor's is in app/decision-editor.ts, since the checks panel opens it too.

import { create } from 'zustand';

type GridUiState = {
  /** The executor waiting for the remove confirmation. */
  removing: string | null;
  /** The row menu (right click on a cell), at a screen position. */
  menu: { x: number; y: number } | null;
  openMenu: (x: number, y: number) => void;
  closeMenu: () => void;
  askRemove: (executorId: string) => void;
  closeRemove: () => void;
};

export const useGridUi = create<GridUiState>((set) => ({
  removing: null,
  menu: null,
  openMenu: (x, y) => set({ menu: { x, y } }),
  closeMenu: () => set({ menu: null }),
  askRemove: (executorId) => set({ removing: executorId }),
  closeRemove: () => set({ removing: null }),
}));
