// Impor Excel and Ekspor Excel: a workbook's bytes go to the importer, whose findings the user
// reviews (ExcelImportDialog) before the chosen SOPs enter the library; the open SOP goes out as
// a workbook with its drawn flowchart.

import { create } from 'zustand';
import type { XlsxImportResult } from '../../../../shared/api/channels/xlsx';
import type { SopDocument } from '../../../../shared/model';
import { call } from '../../api';
import { fill, useLanguage } from '../../i18n';
import { editorStore } from '../../state/store';
import { callDesktop, hasDesktop } from '../shell/desktop';
import { downloadBlob, fileNameFor } from '../shell/files';
import { saveDraftNow, showInEditor } from '../shell/session';
import { errorText, useShell } from '../shell/ui-store';
import { libraryStrings } from './strings';

type PendingImport = XlsxImportResult & { fileName: string };

export const useExcelImport = create<{
  pending: PendingImport | null;
  close: () => void;
}>((set) => ({ pending: null, close: () => set({ pending: null }) }));

const strings = () => libraryStrings[useLanguage.getState().language];
const notifyError = (error: unknown) => useShell.getState().notify('error', errorText(error));

/** Reads a workbook and opens the review dialog. */
export async function readWorkbook(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
): Promise<void> {
  try {
    const result = await call('xlsx:import', bytes);
    useExcelImport.setState({ pending: { ...result, fileName } });
  } catch (error) {
    notifyError(error);
  }
}

/** Impor Excel in the desktop app: the native open dialog. */
export async function pickWorkbookWithDialog(): Promise<void> {
  try {
    const picked = await callDesktop('desktop:openWorkbook');
    // Bytes from IPC are built on a plain ArrayBuffer.
    if (picked) await readWorkbook(picked.bytes as Uint8Array<ArrayBuffer>, picked.fileName);
  } catch (error) {
    notifyError(error);
  }
}

/** Adds the chosen SOPs of the reviewed workbook to the library and opens the first. */
export async function importReviewed(indexes: readonly number[]): Promise<void> {
  const pending = useExcelImport.getState().pending;
  if (!pending) return;
  try {
    await saveDraftNow();
    let first: { id: string; document: SopDocument } | null = null;
    for (const index of indexes) {
      const sop = pending.sops[index];
      if (!sop) continue;
      const record = await call('library:import', sop.document, pending.fileName);
      first ??= { id: record.summary.id, document: record.document };
    }
    useExcelImport.getState().close();
    useShell
      .getState()
      .notify(
        'info',
        fill(strings().excelImported, { count: indexes.length, file: pending.fileName }),
      );
    if (first) showInEditor(first.document, first.id);
  } catch (error) {
    notifyError(error);
  }
}

/** Ekspor Excel: the open SOP as a workbook (identity and flowchart sheets, drawn symbols). */
export async function exportExcel(): Promise<void> {
  try {
    const doc = editorStore.getState().document;
    const bytes = (await call('xlsx:export', [{ document: doc }])) as Uint8Array<ArrayBuffer>;
    const file = fileNameFor(doc.identity.name, '.xlsx');
    if (hasDesktop()) {
      const saved = await callDesktop('desktop:saveBytes', 'xlsx', bytes, file);
      if (saved)
        useShell.getState().notify('info', fill(strings().excelExported, { file: saved.fileName }));
      return;
    }
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    downloadBlob(file, new Blob([bytes], { type }));
    useShell.getState().notify('info', fill(strings().excelExported, { file }));
  } catch (error) {
    notifyError(error);
  }
}
