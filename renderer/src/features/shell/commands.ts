// The menu commands that move whole SOPs in and out: Ekspor PDF, Cetak, Impor and Ekspor .sop.json.
// In the desktop app they use native dialogs and the print window; in the browser preview,
// downloads, a file input and window.print. Each reports its outcome as a notice.

import type { OpenedFile } from '../../../../shared/api/desktop';
import type { SopDocument } from '../../../../shared/model';
import { serializeSop } from '../../../../shared/model';
import { call } from '../../api';
import { fill, useLanguage } from '../../i18n';
import { editorStore } from '../../state/store';
import { callDesktop, hasDesktop } from './desktop';
import { downloadBlob, fileNameFor } from './files';
import { saveDraftNow, showInEditor } from './session';
import { shellStrings } from './strings';
import { errorText, useShell } from './ui-store';

function strings() {
  return shellStrings[useLanguage.getState().language];
}

/** The PDF of a document; the transport always builds its bytes on a plain ArrayBuffer. */
async function pdfBytes(doc: SopDocument): Promise<Uint8Array<ArrayBuffer>> {
  return (await call('pdf:export', doc)) as Uint8Array<ArrayBuffer>;
}

async function reporting(work: () => Promise<string | null>): Promise<void> {
  try {
    const message = await work();
    if (message) useShell.getState().notify('info', message);
  } catch (error) {
    useShell.getState().notify('error', errorText(error));
  }
}

export function exportPdf(): Promise<void> {
  return reporting(async () => {
    const doc = editorStore.getState().document;
    const bytes = await pdfBytes(doc);
    const file = fileNameFor(doc.identity.name, '.pdf');
    if (hasDesktop()) {
      const saved = await callDesktop('desktop:saveBytes', 'pdf', bytes, file);
      return saved && fill(strings().pdfExported, { file: saved.fileName });
    }
    downloadBlob(file, new Blob([bytes], { type: 'application/pdf' }));
    return fill(strings().pdfExported, { file });
  });
}

/**
 * Cetak: in the desktop app the PDF goes to the print window; in the browser the preview pages,
 * which match the PDF, go to the browser's print dialog.
 */
export function printSop(): Promise<void> {
  if (!hasDesktop()) {
    useShell.getState().setPrinting(true);
    return Promise.resolve();
  }
  return reporting(async () => {
    const doc = editorStore.getState().document;
    await callDesktop('desktop:printPdf', await pdfBytes(doc), doc.print.paper);
    return null;
  });
}

export function exportSopJson(): Promise<void> {
  return reporting(async () => {
    await saveDraftNow();
    const { libraryId, document: current } = editorStore.getState();
    const doc = libraryId === null ? current : await call('library:export', libraryId);
    const file = fileNameFor(doc.identity.name, '.sop.json');
    if (hasDesktop()) {
      const saved = await callDesktop('desktop:saveSop', doc, file);
      return saved && fill(strings().jsonExported, { file: saved.fileName });
    }
    downloadBlob(file, new Blob([serializeSop(doc)], { type: 'application/json' }));
    return fill(strings().jsonExported, { file });
  });
}

/** Adds a document read from a file to the library and opens it. */
export function importDocument(document: SopDocument, fileName: string): Promise<void> {
  return reporting(async () => {
    await saveDraftNow();
    const record = await call('library:import', document, fileName);
    showInEditor(record.document, record.summary.id);
    return fill(strings().imported, { name: record.summary.name || fileName });
  });
}

/** Impor .sop.json from a picked file: checked first (document:parse), then imported. */
export function importSopJson(file: File): Promise<void> {
  return reporting(async () => {
    const document = await call('document:parse', await file.text());
    await importDocument(document, file.name);
    return null;
  });
}

/** Impor .sop.json in the desktop app: the native open dialog. */
export function importWithDialog(): Promise<void> {
  return reporting(async () => {
    const opened: OpenedFile | null = await callDesktop('desktop:openSop');
    if (opened) await importDocument(opened.document, opened.fileName);
    return null;
  });
}
