// The menu commands that move whole SOPs in and out: Ekspor PDF, Cetak, Impor and Ekspor .sop.json.
// Each reports its outcome as a notice; failures carry the API's Indonesian message.

import { serializeSop } from '../../../../shared/model';
import { call } from '../../api';
import { fill, useLanguage } from '../../i18n';
import { editorStore } from '../../state/store';
import { downloadBlob, fileNameFor } from './files';
import { saveDraftNow, showInEditor } from './session';
import { shellStrings } from './strings';
import { errorText, useShell } from './ui-store';

function strings() {
  return shellStrings[useLanguage.getState().language];
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
    const bytes = await call('pdf:export', doc);
    const file = fileNameFor(doc.identity.name, '.pdf');
    downloadBlob(file, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    return fill(strings().pdfExported, { file });
  });
}

/** Cetak: the preview pages, which match the PDF, go to the browser's print dialog. */
export function printSop(): void {
  useShell.getState().setPrinting(true);
}

export function exportSopJson(): Promise<void> {
  return reporting(async () => {
    await saveDraftNow();
    const { libraryId, document: doc } = editorStore.getState();
    if (libraryId === null) return null;
    const text = serializeSop(await call('library:export', libraryId));
    const file = fileNameFor(doc.identity.name, '.sop.json');
    downloadBlob(file, new Blob([text], { type: 'application/json' }));
    return fill(strings().jsonExported, { file });
  });
}

/** Impor .sop.json: the file is checked first (document:parse), then added to the library. */
export function importSopJson(file: File): Promise<void> {
  return reporting(async () => {
    const document = await call('document:parse', await file.text());
    await saveDraftNow();
    const record = await call('library:import', document, file.name);
    showInEditor(record.document, record.summary.id);
    return fill(strings().imported, { name: record.summary.name || file.name });
  });
}
