/**
 * The editor store: one zustand store combined from slices (docs/architecture.md).
 *
 * Public API (select narrowly: `useEditor((s) => s.document.steps)`, never the whole state):
 * - document slice: `document` (the open SopDocument, replaced on every edit);
 *   `load(doc, libraryId?)` opens a document (clears history, selection; session clean);
 *   `apply(actionName, ...args)` runs a named action from `state/actions` (insertStep, deleteSteps,
 *   duplicateStep, moveStep, setStepField, setSymbol, joinExecutor, setDecisionTargets,
 *   addExecutor, renameExecutor, moveExecutor, removeExecutor, pasteSteps, pasteCells,
 *   setIdentityField, setIdentityList, setApprover, setLogo, setExtraSections, setPrintSetting)
 *   and records undo; returns false when the document did not change.
 * - history slice: `past`, `future` (stacks; `past.length > 0` = can undo), `undo()`, `redo()`,
 *   `sealHistory()` — call it when a text field loses focus: consecutive edits of one field
 *   (setStepField / setIdentityField / setIdentityList / setApprover) merge into one undo step
 *   until sealed or another action runs.
 * - selection slice: `selection` ({ stepId, column } | null; column keys from `state/columns`:
 *   'number' | 'activity' | 'exec:<executorId>' | 'requirements' | 'time' | 'output' | 'notes'),
 *   `select(cell)`, `reveal(cell)` (select + ask the grid to scroll to it and focus it).
 * - session slice: `libraryId`, `dirty`, `saveStatus` ('idle' | 'saving' | 'saved' | 'error'),
 *   `saveError`, `summary` (the library's SopSummary of the open SOP, null after `load` until set),
 *   `setLibraryId(id)`, `setSummary(summary)`, `markSaving()`, `markSaved(savedDoc)` (stays dirty
 *   if the document changed while saving), `markSaveFailed(message)`.
 *
 * `useEditor` is the React hook; `editorStore` the store itself (getState/subscribe outside React);
 * `createEditorStore()` makes an independent store (tests).
 */

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createDocumentSlice } from './slices/document';
import { createHistorySlice } from './slices/history';
import { createSelectionSlice } from './slices/selection';
import { createSessionSlice } from './slices/session';
import type { EditorState } from './slices/types';

export type {
  CellRef,
  DocumentSlice,
  EditorState,
  HistorySlice,
  SaveStatus,
  SelectionSlice,
  SessionSlice,
} from './slices/types';

export function createEditorStore() {
  return createStore<EditorState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createHistorySlice(...a),
    ...createSelectionSlice(...a),
    ...createSessionSlice(...a),
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export const editorStore: EditorStore = createEditorStore();

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}
