// The open SOP's life in the library: create, open, autosave the draft a moment after the last
// edit, save a revision (Simpan), approve (Sahkan). The one place that moves documents between the
// editor store and the library channels.

import type { RevisionInfo, SopRecord, SopSummary } from '../../../shared/model/library';
import { call } from '../platform/api';
import { editorStore } from '../state/store';
import { errorText } from '../ui/error-text';
import { useShell } from './ui-store';

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 1200;

let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> = Promise.resolve();

/** Saves the draft now if it changed; resolves when the library has it (or the save failed). */
export function saveDraftNow(): Promise<void> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  running = running.then(writeDraft);
  return running;
}

async function writeDraft(): Promise<void> {
  const state = editorStore.getState();
  const { libraryId, document, dirty } = state;
  if (libraryId === null || !dirty) return;
  state.markSaving();
  try {
    const result = await call('library:saveDraft', libraryId, document);
    editorStore.getState().markSaved(document);
    if (editorStore.getState().libraryId === libraryId)
      editorStore.getState().setSummary(result.summary);
    // Editing an approved SOP starts a new draft: the library filled Tanggal Revisi.
    if (result.revisionDateFilled) {
      editorStore
        .getState()
        .apply('setIdentityField', 'revisionDate', result.document.identity.revisionDate);
    }
  } catch (error) {
    editorStore.getState().markSaveFailed(errorText(error));
  }
}

/** Starts autosave: every document change schedules a draft save. Returns the stop function. */
export function startAutosave(): () => void {
  const unsubscribe = editorStore.subscribe((state, previous) => {
    if (state.document === previous.document || state.libraryId === null || !state.dirty) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void saveDraftNow(), AUTOSAVE_DELAY_MS);
  });
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const { dirty, saveStatus } = editorStore.getState();
    if (!dirty && saveStatus !== 'saving') return;
    void saveDraftNow();
    event.preventDefault();
    // Older Chromium versions show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/** Opens an SOP of the library in the editor. */
export function showInEditor(record: SopRecord): void {
  loadRecord(record);
  const shell = useShell.getState();
  shell.setTab('grid');
  shell.setScreen('editor');
}

/** Puts an SOP of the library (or a new draft of it, e.g. a restored revision) in the editor. */
export function loadRecord(record: SopRecord): void {
  const state = editorStore.getState();
  state.load(record.document, record.summary.id);
  state.setSummary(record.summary);
}

/** Asks the library again what it says of the open SOP (after Sahkan, before printing). */
export async function refreshSummary(): Promise<SopSummary | null> {
  const { libraryId } = editorStore.getState();
  if (libraryId === null) return null;
  const summary = await call('library:summary', libraryId);
  if (editorStore.getState().libraryId === libraryId) editorStore.getState().setSummary(summary);
  return summary;
}

/** Leaves the current SOP (saving it first), e.g. before opening another. */
export async function closeCurrent(): Promise<void> {
  await saveDraftNow();
}

/** A new SOP, from the profile with the executor columns named (in order), or empty. */
export async function createSop(fromProfile: boolean, executors: string[] = []): Promise<void> {
  await closeCurrent();
  const record = await call('library:create', { fromProfile, executors });
  showInEditor(record);
  useShell.getState().setTab('identity');
}

export async function openSop(id: string): Promise<void> {
  await closeCurrent();
  const record = await call('library:open', id);
  showInEditor(record);
}

/** Simpan: the draft becomes a revision with the user's note. */
export async function saveRevision(note: string): Promise<RevisionInfo | null> {
  await saveDraftNow();
  const { libraryId, dirty } = editorStore.getState();
  if (libraryId === null || dirty) return null;
  return call('library:saveRevision', libraryId, note);
}

/** Sahkan: freezes the current draft as the approved revision. */
export async function approveSop(note: string): Promise<RevisionInfo | null> {
  await saveDraftNow();
  const { libraryId, dirty } = editorStore.getState();
  if (libraryId === null || dirty) return null;
  const approved = await call('library:approve', libraryId, note);
  await refreshSummary();
  return approved;
}
