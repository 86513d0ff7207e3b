// Library actions started from the list: each calls the library, tells the user the outcome, and
// keeps the editor consistent when the SOP it touches is the one open.

import { emptySop } from '../../../../shared/model';
import { shownRevision } from '../../../../shared/model/library';
import type { SopStatus, SopSummary } from '../../../../shared/model/library';
import { loadRecord, saveDraftNow, showInEditor } from '../../app/session';
import { fill, stringsNow } from '../../i18n';
import { call } from '../../platform/api';
import { exportBook, exportBureauWorkbook } from '../../document/commands';
import { versionsToPrint } from '../../document/print-choice';
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
    if (open) loadRecord(result);
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
    showInEditor(record);
    return null;
  });
}

/**
 * The listed SOPs as `action` prints them, in list order: their drafts, or (asked once when any
 * draft changes an approved revision) the approved revisions. Null: the user cancelled.
 */
async function versionsOf(summaries: readonly SopSummary[], action: string) {
  if (editorStore.getState().libraryId !== null) await saveDraftNow();
  // Asked afresh: the list may predate the last autosave.
  const listed = await Promise.all(
    summaries.map(async ({ id }) => ({
      summary: await call('library:summary', id),
      draft: await call('library:export', id),
    })),
  );
  const versions = await versionsToPrint(action, listed);
  return versions && { listed, versions };
}

/** Buku SOP (PDF): every listed SOP bound as one book. */
export function exportListedBook(summaries: readonly SopSummary[]): Promise<boolean> {
  return exportBook(
    async () => (await versionsOf(summaries, strings().exportBook))?.versions ?? null,
  );
}

/** Excel untuk Biro: every listed SOP in one workbook, with its status in the register. */
export function exportListedWorkbook(summaries: readonly SopSummary[]): Promise<boolean> {
  return exportBureauWorkbook(async () => {
    const chosen = await versionsOf(summaries, strings().exportBureau);
    if (chosen === null) return null;
    return chosen.versions.map(({ document, draftMark }, i) => {
      const summary = chosen.listed[i]?.summary;
      const revision = summary?.approvedRevision ?? null;
      return {
        document,
        status: registerStatus(summary?.status ?? 'draft', draftMark !== null, revision),
        revision: String(revision ?? '-'),
        ...(draftMark ? { draftMark } : {}),
        ...(summary
          ? { library: { id: summary.id, revision: shownRevision(summary, draftMark !== null) } }
          : {}),
      };
    });
  });
}

/** The status in the Daftar SOP register: Disahkan, Draf, or the draft of changes to rev. N. */
function registerStatus(status: SopStatus, changes: boolean, revision: number | null): string {
  const t = strings();
  if (changes) return fill(t.changesLabel, { revision: revision ?? '-' });
  return status === 'approved' ? t.approvedLabel : t.draftLabel;
}
