// The commands on the open SOP as a whole: new, open, Simpan / Sahkan / Riwayat, Ekspor PDF,
// Ekspor Excel, Ekspor .sop.json, Impor .sop.json and Cetak. In the desktop app they use native
// dialogs and the print window; in the browser preview, downloads, a file input and window.print.
// Each reports its outcome as a notice. Printing and the PDF and Excel exports ask first which
// version to use when the draft changes an approved revision (print-choice.ts).

import type { DraftMark } from '../../../shared/layout';
import type { LibraryRef } from '../../../shared/import';
import type { SopDocument } from '../../../shared/model';
import { shownRevision } from '../../../shared/model/library';
import { fileNameFor, serializeSop } from '../../../shared/model';
import { pdfSourceIncluded } from '../app/pdf-source';
import { downloadBlob } from '../app/files';
import { createSop, saveDraftNow, showInEditor } from '../app/session';
import { useShell } from '../app/ui-store';
import { commandTextNow } from '../commands/text';
import { fill, stringsNow } from '../i18n';
import { call } from '../platform/api';
import { callDesktop, hasDesktop } from '../platform/desktop';
import { editorStore } from '../state/store';
import { notify, reporting } from '../ui/notices';
import { withProgress } from '../ui/progress';
import { openVersionToPrint } from './print-choice';
import type { PrintVersion } from './print-choice';
import { documentStrings } from './strings';

/** One SOP of a workbook, with its status and revision for the register and its DRAF mark. */
export type WorkbookEntry = {
  document: SopDocument;
  status?: string;
  revision?: string;
  draftMark?: DraftMark;
  /** The SOP's library id and the revision shown, so a returned workbook updates that SOP. */
  library?: LibraryRef;
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves bytes the app made (PDF, workbook): the save dialog in the desktop app, a download in the
 * browser. Returns the file name, or null when the user cancelled.
 */
export async function saveMadeFile(
  name: string,
  kind: 'pdf' | 'xlsx' | 'sqlite',
  bytes: Uint8Array<ArrayBuffer>,
  type: string,
): Promise<string | null> {
  const file = fileNameFor(name, `.${kind}`);
  if (hasDesktop()) {
    const saved = await callDesktop('desktop:saveBytes', kind, bytes, file);
    return saved?.fileName ?? null;
  }
  downloadBlob(file, new Blob([bytes], { type }));
  return file;
}

/** The PDF of a document; the transport always builds its bytes on a plain ArrayBuffer. */
async function pdfBytes(
  doc: SopDocument,
  draftMark: DraftMark | null,
): Promise<Uint8Array<ArrayBuffer>> {
  const label = stringsNow(documentStrings).makingPdf;
  const options = { ...(draftMark ? { draftMark } : {}), source: pdfSourceIncluded() };
  return (await withProgress(label, (id) =>
    call('pdf:export', doc, options, id),
  )) as Uint8Array<ArrayBuffer>;
}

/** The workbook of the given SOPs (several add the Daftar SOP register). */
async function workbookBytes(entries: WorkbookEntry[]): Promise<Uint8Array<ArrayBuffer>> {
  const label = stringsNow(documentStrings).makingExcel;
  return (await withProgress(label, (id) =>
    call('xlsx:export', entries, id),
  )) as Uint8Array<ArrayBuffer>;
}

/** SOP baru: from the profile with the executor columns chosen in the new-SOP dialog, or empty. */
export function newSop(fromProfile: boolean, executors: string[] = []): Promise<boolean> {
  return reporting(async () => {
    await createSop(fromProfile, executors);
    return null;
  });
}

export function exportPdf(): Promise<boolean> {
  return reporting(async () => {
    const version = await openVersionToPrint(commandTextNow('exportPdf').label);
    if (version === null) return null;
    const { document: doc, draftMark } = version;
    const bytes = await pdfBytes(doc, draftMark);
    const file = await saveMadeFile(doc.identity.name, 'pdf', bytes, 'application/pdf');
    return file && fill(stringsNow(documentStrings).pdfExported, { file });
  });
}

/** Ekspor Excel: the open SOP as a workbook (identity and flowchart sheets, drawn symbols). */
export function exportExcel(): Promise<boolean> {
  return reporting(async () => {
    const version = await openVersionToPrint(commandTextNow('exportExcel').label);
    if (version === null) return null;
    const { document: doc, draftMark } = version;
    const { libraryId, summary } = editorStore.getState();
    const library = libraryId !== null &&
      summary && { id: summary.id, revision: shownRevision(summary, !!draftMark) };
    const bytes = await workbookBytes([
      { document: doc, ...(draftMark ? { draftMark } : {}), ...(library ? { library } : {}) },
    ]);
    const file = await saveMadeFile(doc.identity.name, 'xlsx', bytes, XLSX_TYPE);
    return file && fill(stringsNow(documentStrings).excelExported, { file });
  });
}

/** Buku SOP: many SOPs bound as one PDF, with a progress bar and Batal; null versions: cancelled. */
export function exportBook(versions: () => Promise<PrintVersion[] | null>): Promise<boolean> {
  return reporting(async () => {
    const t = stringsNow(documentStrings);
    const all = await versions();
    if (all === null) return null;
    const label = fill(t.makingBook, { count: all.length });
    const docs = all.map((version) => version.document);
    const options = {
      draftMarks: all.map((version) => version.draftMark),
      source: pdfSourceIncluded(),
    };
    const bytes = await withProgress(label, (id) => call('pdf:book', docs, options, id));
    const file = await saveMadeFile(
      t.bookFileName,
      'pdf',
      bytes as Uint8Array<ArrayBuffer>,
      'application/pdf',
    );
    return file && fill(t.bookExported, { file });
  });
}

/** Excel untuk Biro: the bureau workbook of many SOPs with the Daftar SOP register. */
export function exportBureauWorkbook(
  entries: () => Promise<WorkbookEntry[] | null>,
): Promise<boolean> {
  return reporting(async () => {
    const t = stringsNow(documentStrings);
    const chosen = await entries();
    if (chosen === null) return null;
    const bytes = await workbookBytes(chosen);
    const file = await saveMadeFile(t.bureauFileName, 'xlsx', bytes, XLSX_TYPE);
    return file && fill(t.excelExported, { file });
  });
}

/**
 * Cetak: in the desktop app the PDF goes to the print window; in the browser the preview pages,
 * which match the PDF, go to the browser's print dialog.
 */
export function printSop(): Promise<boolean> {
  return reporting(async () => {
    const version = await openVersionToPrint(commandTextNow('print').label);
    if (version === null) return null;
    if (!hasDesktop()) {
      useShell.getState().setPrinting(version);
      return null;
    }
    const { document: doc, draftMark } = version;
    await callDesktop('desktop:printPdf', await pdfBytes(doc, draftMark), doc.print.paper);
    return null;
  });
}

export function exportSopJson(): Promise<boolean> {
  return reporting(async () => {
    await saveDraftNow();
    const { libraryId, document: current } = editorStore.getState();
    const doc = libraryId === null ? current : await call('library:export', libraryId);
    const file = fileNameFor(doc.identity.name, '.sop.json');
    const done = (name: string) => fill(stringsNow(documentStrings).jsonExported, { file: name });
    if (hasDesktop()) {
      const saved = await callDesktop('desktop:saveSop', doc, file);
      return saved && done(saved.fileName);
    }
    downloadBlob(file, new Blob([serializeSop(doc)], { type: 'application/json' }));
    return done(file);
  });
}

/** Adds a document read from a file to the library and opens it. */
export function importDocument(document: SopDocument, fileName: string): Promise<boolean> {
  return reporting(async () => {
    await saveDraftNow();
    const record = await call('library:import', document, fileName);
    showInEditor(record);
    return fill(stringsNow(documentStrings).imported, { name: record.summary.name || fileName });
  });
}

/** Impor .sop.json from a picked file: checked first (document:parse), then imported. */
export function importSopJson(file: File): Promise<boolean> {
  return reporting(async () => {
    const document = await call('document:parse', await file.text());
    await importDocument(document, file.name);
    return null;
  });
}

/**
 * Impor .sop.json with several files: read and checked in a worker, the good ones stored in one
 * go (Batal stores none); a file that cannot be read is named with its problem.
 */
export function importSopJsonFiles(files: readonly File[]): Promise<boolean> {
  return reporting(async () => {
    const t = stringsNow(documentStrings);
    const texts = await Promise.all(
      files.map(async (file) => ({ name: file.name, text: await file.text() })),
    );
    const label = fill(t.importingFiles, { count: files.length });
    const result = await withProgress(label, (id) => call('library:importFiles', texts, id));
    if (result.failed.length === 0) return fill(t.importedFiles, { count: result.imported.length });
    const problems = result.failed.map((file) => `${file.name} (${file.problem})`).join('; ');
    const counts = { ok: result.imported.length, all: files.length, failed: result.failed.length };
    notify('error', fill(t.importedSome, { ...counts, problems }));
    return null;
  });
}

/** Impor .sop.json in the desktop app: the native open dialog. */
export function importWithDialog(): Promise<boolean> {
  return reporting(async () => {
    const opened = await callDesktop('desktop:openSop');
    if (opened) await importDocument(opened.document, opened.fileName);
    return null;
  });
}
