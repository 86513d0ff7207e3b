// Reads every page of an opened PDF into text items, paths and pictures (page.ts).

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPage } from './page';

export async function readPdfPages(
  _pdf: PDFDocumentProxy,
  _onProgress: (done: number, total: number) => void,
): Promise<PdfPage[]> {
  throw new Error('readPdfPages: not built yet');
}
