// Session slice: which library entry is open and whether its latest version is saved.

import type { EditorSlice, SessionSlice } from './types';

export const createSessionSlice: EditorSlice<SessionSlice> = (set, get) => ({
  libraryId: null,
  dirty: false,
  saveStatus: 'idle',
  saveError: null,
  setLibraryId: (libraryId) => set({ libraryId }),
  markSaving: () => set({ saveStatus: 'saving', saveError: null }),
  markSaved: (saved) =>
    set({ saveStatus: 'saved', saveError: null, dirty: get().document !== saved }),
  markSaveFailed: (message) => set({ saveStatus: 'error', saveError: message }),
});
