// The shape of the editor store: one bound store combined from slices (zustand slices pattern).

import type { StateCreator } from 'zustand';
import type { SopDocument } from '../../../../shared/model';
import type { SopSummary } from '../../../../shared/model/library';
import type { ActionArgs, ActionName } from '../actions';

export type DocumentSlice = {
  /** The open SOP; replaced (never mutated) by every edit. */
  document: SopDocument;
  /** Opens a document: clears history and selection; the session starts clean. */
  load: (document: SopDocument, libraryId?: string | null) => void;
  /** Runs a named action on the document and records it for undo; false when nothing changed. */
  apply: <N extends ActionName>(name: N, ...args: ActionArgs<N>) => boolean;
};

export type HistorySlice = {
  past: SopDocument[];
  future: SopDocument[];
  /** Key of the run of edits the next coalescing action may join (see ActionInfo.coalesceKey). */
  openRun: string | null;
  undo: () => void;
  redo: () => void;
  /** Ends the current typing run, so the next edit of the same field is its own undo step. */
  sealHistory: () => void;
};

export type CellRef = { stepId: string; column: string };

export type SelectionSlice = {
  /** The focused cell of the grid (step id + column key from state/columns), or null. */
  selection: CellRef | null;
  /** Grows by one whenever another panel asks the grid to scroll to and focus `selection`. */
  revealCount: number;
  select: (cell: CellRef | null) => void;
  /** Selects a cell and asks the grid to show and focus it (the checks panel jumping to a step). */
  reveal: (cell: CellRef) => void;
};

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export type SessionSlice = {
  /** Library id of the open SOP, null for a document not yet in the library. */
  libraryId: string | null;
  /** True when the document changed since it was loaded or last saved. */
  dirty: boolean;
  saveStatus: SaveStatus;
  /** Message (Bahasa Indonesia) of the last failed save. */
  saveError: string | null;
  /** What the library last said of the open SOP (its approval among it); null until it did. */
  summary: SopSummary | null;
  setLibraryId: (libraryId: string | null) => void;
  setSummary: (summary: SopSummary | null) => void;
  markSaving: () => void;
  /** The save of `saved` finished; the document stays dirty if it changed meanwhile. */
  markSaved: (saved: SopDocument) => void;
  markSaveFailed: (message: string) => void;
};

export type EditorState = DocumentSlice & HistorySlice & SelectionSlice & SessionSlice;

export type EditorSlice<T> = StateCreator<EditorState, [], [], T>;
