// Transient state of the grid's own popovers and dialogs (not part of the document).

import { create } from 'zustand';

type GridUiState = {
  /** The decision whose exits are being edited, with the screen box of its cell. */
  decision: { stepId: string; anchor: DOMRect } | null;
  /** The executor waiting for the remove confirmation. */
  removing: string | null;
  openDecision: (stepId: string, anchor: DOMRect) => void;
  closeDecision: () => void;
  askRemove: (executorId: string) => void;
  closeRemove: () => void;
};

export const useGridUi = create<GridUiState>((set) => ({
  decision: null,
  removing: null,
  openDecision: (stepId, anchor) => set({ decision: { stepId, anchor } }),
  closeDecision: () => set({ decision: null }),
  askRemove: (executorId) => set({ removing: executorId }),
  closeRemove: () => set({ removing: null }),
}));
