// Transient state of the grid's own popovers and dialogs (not part of the document).

import { create } from 'zustand';

type GridUiState = {
  /** The decision whose exits are being edited, with the screen box of its cell. */
  decision: { stepId: string; anchor: DOMRect } | null;
  /** The executor waiting for the remove confirmation. */
  removing: string | null;
  /** The row menu (right click on a cell), at a screen position. */
  menu: { x: number; y: number } | null;
  openMenu: (x: number, y: number) => void;
  closeMenu: () => void;
  openDecision: (stepId: string, anchor: DOMRect) => void;
  closeDecision: () => void;
  askRemove: (executorId: string) => void;
  closeRemove: () => void;
};

export const useGridUi = create<GridUiState>((set) => ({
  decision: null,
  removing: null,
  menu: null,
  openMenu: (x, y) => set({ menu: { x, y } }),
  closeMenu: () => set({ menu: null }),
  openDecision: (stepId, anchor) => set({ decision: { stepId, anchor } }),
  closeDecision: () => set({ decision: null }),
  askRemove: (executorId) => set({ removing: executorId }),
  closeRemove: () => set({ removing: null }),
}));
