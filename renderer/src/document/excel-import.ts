// Impor Excel: a workbook's bytes go to the importer, whose findings the user reviews (the
// library's ExcelImportDialog reads `useExcelImport`) before the chosen SOPs enter the library.
// Each SOP is matched to the library first: one it matches can update that SOP (a new draft),
// one whose content did not change is left alone, the others are added.

import { create } from 'zustand';
import type { XlsxImportResult } from '../../../shared/api/channels/xlsx';
import type { ExchangeAction, ExchangeReview } from '../../../shared/import';
import { saveDraftNow, showInEditor } from '../app/session';
import { fill, stringsNow } from '../i18n';
import { call } from '../platform/api';
import { callDesktop } from '../platform/desktop';
import { reporting } from '../ui/notices';
import { withProgress } from '../ui/progress';
import { documentStrings } from './strings';

type PendingImport = XlsxImportResult & { fileName: string; reviews: ExchangeReview[] };

export const useExcelImport = create<{
  pending: PendingImport | null;
  close: () => void;
}>((set) => ({ pending: null, close: () => set({ pending: null }) }));

/** Reads a workbook and opens the review dialog. */
export function readWorkbook(bytes: Uint8Array<ArrayBuffer>, fileName: string): Promise<boolean> {
  return reporting(async () => {
    const label = stringsNow(documentStrings).readingExcel;
    const result = await withProgress(label, (id) => call('xlsx:import', bytes, id));
    const reviews =
      result.sops.length > 0 ? await call('library:planExchange', incoming(result, fileName)) : [];
    useExcelImport.setState({ pending: { ...result, fileName, reviews } });
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

/**
 * Carries out the reviewed workbook with the action chosen per SOP (perbarui, impor sebagai SOP
 * baru, lewati) and opens the first SOP updated or added.
 */
export function importReviewed(actions: readonly ExchangeAction[]): Promise<boolean> {
  const pending = useExcelImport.getState().pending;
  if (!pending) return Promise.resolve(false);
  return reporting(async () => {
    await saveDraftNow();
    const done = await call('library:applyExchange', incoming(pending, pending.fileName), [
      ...actions,
    ]);
    useExcelImport.getState().close();
    const first = done.find((d) => d.kind === 'updated' || d.kind === 'added');
    if (first?.id) showInEditor(await call('library:open', first.id));
    const count = (kind: string) => done.filter((d) => d.kind === kind).length;
    return fill(stringsNow(documentStrings).excelExchanged, {
      file: pending.fileName,
      updated: count('updated'),
      added: count('added'),
      unchanged: count('unchanged'),
    });
  });
}

function incoming(result: XlsxImportResult, fileName: string) {
  return result.sops.map(({ document, library }) => ({
    document,
    ...(library ? { library } : {}),
    source: fileName,
  }));
}
