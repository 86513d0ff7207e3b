// Impor Excel and Impor PDF: a file's bytes go to its importer, whose findings the user reviews
// (the library's ImportReviewDialog reads `useImportReview`) before the chosen SOPs enter the
// library. Each SOP is matched to the library first: one it matches can update that SOP (a new
// draft), one whose content did not change is left alone, the others are added.

import { create } from 'zustand';
import type { ExchangeAction, ExchangeReview, ImportResult } from '../../../shared/import';
import { saveDraftNow, showInEditor } from '../app/session';
import { fill, stringsNow } from '../i18n';
import { call } from '../platform/api';
import { callDesktop } from '../platform/desktop';
import { reporting } from '../ui/notices';
import { withProgress } from '../ui/progress';
import { documentStrings } from './strings';

/** What is imported: an Excel workbook or a PDF. */
export type ImportKind = 'xlsx' | 'pdf';

type PendingImport = ImportResult & {
  kind: ImportKind;
  fileName: string;
  reviews: ExchangeReview[];
};

export const useImportReview = create<{
  pending: PendingImport | null;
  close: () => void;
}>((set) => ({ pending: null, close: () => set({ pending: null }) }));

/** Reads a workbook or a PDF (with progress and Batal) and opens the review dialog. */
export function readForReview(
  kind: ImportKind,
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
): Promise<boolean> {
  return reporting(async () => {
    const t = stringsNow(documentStrings);
    const result = await withProgress(kind === 'pdf' ? t.readingPdf : t.readingExcel, (id) =>
      kind === 'pdf' ? call('pdf:import', bytes, id) : call('xlsx:import', bytes, id),
    );
    const reviews =
      result.sops.length > 0 ? await call('library:planExchange', incoming(result, fileName)) : [];
    useImportReview.setState({ pending: { ...result, kind, fileName, reviews } });
    return null;
  });
}

/** Impor Excel or Impor PDF from a picked file (the browser). */
export async function readPickedFile(kind: ImportKind, file: File): Promise<boolean> {
  return readForReview(kind, new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Impor Excel or Impor PDF in the desktop app: the native open dialog. */
export function pickWithDialog(kind: ImportKind): Promise<boolean> {
  return reporting(async () => {
    const picked = await callDesktop(kind === 'pdf' ? 'desktop:openPdf' : 'desktop:openWorkbook');
    // Bytes from IPC are built on a plain ArrayBuffer.
    if (picked) await readForReview(kind, picked.bytes as Uint8Array<ArrayBuffer>, picked.fileName);
    return null;
  });
}

/**
 * Carries out the reviewed file with the action chosen per SOP (perbarui, impor sebagai SOP
 * baru, lewati) and opens the first SOP updated or added.
 */
export function importReviewed(actions: readonly ExchangeAction[]): Promise<boolean> {
  const pending = useImportReview.getState().pending;
  if (!pending) return Promise.resolve(false);
  return reporting(async () => {
    await saveDraftNow();
    const done = await call('library:applyExchange', incoming(pending, pending.fileName), [
      ...actions,
    ]);
    useImportReview.getState().close();
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

function incoming(result: ImportResult, fileName: string) {
  return result.sops.map(({ document, library }) => ({
    document,
    ...(library ? { library } : {}),
    source: fileName,
  }));
}
