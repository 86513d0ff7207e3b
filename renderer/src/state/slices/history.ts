// History slice: undo/redo stacks of whole documents. Documents share untouched parts by
// reference, so a stack entry costs only what the edit changed.

import type { EditorSlice, EditorState, HistorySlice } from './types';

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/**
 * The history after an edit of `state.document`: its previous version joins the undo stack unless
 * the edit continues the open run of the same field (`run` equal to `openRun`).
 */
export function recordEdit(
  state: EditorState,
  run: string | null,
): Pick<HistorySlice, 'past' | 'future' | 'openRun'> {
  if (run !== null && run === state.openRun && state.past.length > 0) {
    return { past: state.past, future: [], openRun: run };
  }
  const past = [...state.past, state.document];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], openRun: run };
}

export const createHistorySlice: EditorSlice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  openRun: null,
  undo: () => {
    const { past, future, document } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({
      document: previous,
      past: past.slice(0, -1),
      future: [...future, document],
      openRun: null,
      dirty: true,
    });
  },
  redo: () => {
    const { past, future, document } = get();
    const next = future[future.length - 1];
    if (!next) return;
    set({
      document: next,
      past: [...past, document],
      future: future.slice(0, -1),
      openRun: null,
      dirty: true,
    });
  },
  sealHistory: () => {
    if (get().openRun !== null) set({ openRun: null });
  },
});
