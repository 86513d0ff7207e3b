// Opens a PDF with PDF.js within the limits (shared/limits.ts): the size and the %PDF- mark before
// anything is parsed, then the page count; PDF.js's failures become messages that say what to do.
// PDF.js runs in this thread without evaluating code, loading font faces or logging.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fileTooLarge, MAX_PDF_BYTES, MAX_PDF_PAGES } from '../../../shared/limits';
import { pdfjs } from './pdfjs';
import { notPdf, pdfjsFailure, tooManyPages } from './errors';

const PDF_MAGIC = '%PDF-';

/** Where the %PDF- mark may start: some producers put a few bytes of junk before it. */
const MAGIC_WINDOW = 1024;

/** Whether the bytes are a PDF by content: the %PDF- mark near the start. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAGIC_WINDOW));
  return head.includes(PDF_MAGIC, 0, 'latin1');
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length > MAX_PDF_BYTES) throw fileTooLarge('PDF', MAX_PDF_BYTES, bytes.length);
  if (!looksLikePdf(bytes)) throw notPdf(`${bytes.length} bytes, no ${PDF_MAGIC} mark`);
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // A copy: PDF.js takes the buffer over, and the caller may still need its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfjsFailure(error);
  }
  if (pdf.numPages > MAX_PDF_PAGES) {
    await pdf.destroy();
    throw tooManyPages(pdf.numPages);
  }
  return pdf;
}
