// Session slice: which library entry is open, whether its latest version is saved, and what the
// library says of it (approved revision, changes not yet approved).

import type { EditorSlice, SessionSlice } from './types';

export const createSessionSlice: EditorSlice<SessionSlice> = (set, get) => ({
  libraryId: null,
  dirty: false,
  saveStatus: 'idle',
  saveError: null,
  summary: null,
  setLibraryId: (libraryId) => set({ libraryId }),
  setSummary: (summary) => set({ summary }),
  markSaving: () => set({ saveStatus: 'saving', saveError: null }),
  markSaved: (saved) =>
    set({ saveStatus: 'saved', saveError: null, dirty: get().document !== saved }),
  markSaveFailed: (message) => set({ saveStatus: 'error', saveError: message }),
});
