// Library actions started from the list: each calls the library, tells the user the outcome, and
// keeps the editor consistent when the SOP it touches is the one open.

import { emptySop } from '../../../../shared/model';
import type { SopSummary } from '../../../../shared/model/library';
import { saveDraftNow, showInEditor } from '../../app/session';
import { fill, stringsNow } from '../../i18n';
import { call } from '../../platform/api';
import { exportBook, exportBureauWorkbook } from '../../document/commands';
import { editorStore } from '../../state/store';
import { reporting } from '../../ui/notices';
import { libraryStrings } from './strings';

const strings = () => stringsNow(libraryStrings);
const nameOf = (summary: SopSummary) => summary.name || strings().untitled;

export function duplicateSop(summary: SopSummary): Promise<boolean> {
  return reporting(async () => {
    if (editorStore.getState().libraryId === summary.id) await saveDraftNow();
    const record = await call('library:duplicate', summary.id);
    return fill(strings().duplicated, { name: nameOf(record.summary) });
  });
}

export function renameSop(summary: SopSummary, name: string): Promise<boolean> {
  return reporting(async () => {
    const open = editorStore.getState().libraryId === summary.id;
    if (open) await saveDraftNow();
    const result = await call('library:rename', summary.id, name);
    if (open) editorStore.getState().load(result.document, summary.id);
    return null;
  });
}

export function deleteSop(summary: SopSummary): Promise<boolean> {
  return reporting(async () => {
    const open = editorStore.getState().libraryId === summary.id;
    if (open) await saveDraftNow();
    await call('library:moveToBin', summary.id);
    if (open) editorStore.getState().load(emptySop(), null);
    return fill(strings().deleted, { name: nameOf(summary) });
  });
}

/** Contoh SOP: the example shipped with the app, added to the library and opened. */
export function openSample(): Promise<boolean> {
  return reporting(async () => {
    await saveDraftNow();
    const sample = await call('document:sample');
    const record = await call('library:import', sample, 'contoh SOP');
    showInEditor(record.document, record.summary.id);
    return null;
  });
}

/** The listed SOPs' documents (their drafts), in list order. */
async function documentsOf(summaries: readonly SopSummary[]) {
  if (editorStore.getState().libraryId !== null) await saveDraftNow();
  return Promise.all(summaries.map((summary) => call('library:export', summary.id)));
}

/** Buku SOP (PDF): every listed SOP bound as one book. */
export function exportListedBook(summaries: readonly SopSummary[]): Promise<boolean> {
  return exportBook(() => documentsOf(summaries));
}

/** Excel untuk Biro: every listed SOP in one workbook, with its status in the register. */
export function exportListedWorkbook(summaries: readonly SopSummary[]): Promise<boolean> {
  return exportBureauWorkbook(async () => {
    const docs = await documentsOf(summaries);
    return docs.map((document, i) => ({
      document,
      status: summaries[i]?.status === 'approved' ? strings().approvedLabel : strings().draftLabel,
      revision: String(summaries[i]?.approvedRevision ?? '-'),
    }));
  });
}
