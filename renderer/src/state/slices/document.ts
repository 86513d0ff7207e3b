// Document slice: the open SOP and `apply`, the one way an edit reaches it (with undo recorded).

import { emptySop } from '../../../../shared/model';
import { coalesceKeys, runAction } from '../actions';
import type { ActionArgs, ActionName } from '../actions';
import { recordEdit } from './history';
import type { DocumentSlice, EditorSlice } from './types';

export const createDocumentSlice: EditorSlice<DocumentSlice> = (set, get) => ({
  document: emptySop(),
  load: (document, libraryId = null) =>
    set({
      document,
      past: [],
      future: [],
      openRun: null,
      selection: null,
      libraryId,
      summary: null,
      dirty: false,
      saveStatus: 'idle',
      saveError: null,
    }),
  apply: <N extends ActionName>(name: N, ...args: ActionArgs<N>) => {
    const state = get();
    const next = runAction(state.document, name, args);
    if (next === state.document) return false;
    const coalesceKey = coalesceKeys[name] as ((...a: ActionArgs<N>) => string) | undefined;
    const run = coalesceKey ? coalesceKey(...args) : null;
    set({ ...recordEdit(state, run), document: next, dirty: true });
    return true;
  },
});
