// Impor Excel: a workbook's bytes go to the importer, whose findings the user reviews (the
// library's ExcelImportDialog reads `useExcelImport`) before the chosen SOPs enter the library.

import { create } from 'zustand';
import type { XlsxImportResult } from '../../../shared/api/channels/xlsx';
import type { SopRecord } from '../../../shared/model/library';
import { saveDraftNow, showInEditor } from '../app/session';
import { fill, stringsNow } from '../i18n';
import { call } from '../platform/api';
import { callDesktop } from '../platform/desktop';
import { reporting } from '../ui/notices';
import { withProgress } from '../ui/progress';
import { documentStrings } from './strings';

type PendingImport = XlsxImportResult & { fileName: string };

export const useExcelImport = create<{
  pending: PendingImport | null;
  close: () => void;
}>((set) => ({ pending: null, close: () => set({ pending: null }) }));

/** Reads a workbook and opens the review dialog. */
export function readWorkbook(bytes: Uint8Array<ArrayBuffer>, fileName: string): Promise<boolean> {
  return reporting(async () => {
    const label = stringsNow(documentStrings).readingExcel;
    const result = await withProgress(label, (id) => call('xlsx:import', bytes, id));
    useExcelImport.setState({ pending: { ...result, fileName } });
    return null;
  });
}

/** Impor Excel from a picked file (the browser). */
export async function readWorkbookFile(file: File): Promise<boolean> {
  return readWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Impor Excel in the desktop app: the native open dialog. */
export function pickWorkbookWithDialog(): Promise<boolean> {
  return reporting(async () => {
    const picked = await callDesktop('desktop:openWorkbook');
    // Bytes from IPC are built on a plain ArrayBuffer.
    if (picked) await readWorkbook(picked.bytes as Uint8Array<ArrayBuffer>, picked.fileName);
    return null;
  });
}

/** Adds the chosen SOPs of the reviewed workbook to the library and opens the first. */
export function importReviewed(indexes: readonly number[]): Promise<boolean> {
  const pending = useExcelImport.getState().pending;
  if (!pending) return Promise.resolve(false);
  return reporting(async () => {
    await saveDraftNow();
    let first: SopRecord | null = null;
    for (const index of indexes) {
      const sop = pending.sops[index];
      if (!sop) continue;
      const record = await call('library:import', sop.document, pending.fileName);
      first ??= record;
    }
    useExcelImport.getState().close();
    if (first) showInEditor(first);
    const { excelImported } = stringsNow(documentStrings);
    return fill(excelImported, { count: indexes.length, file: pending.fileName });
  });
}
