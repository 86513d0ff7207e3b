// PDF.js loads on first use, so a command that never reads a PDF (`sop import` of a workbook)
// does not pay for it.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

let loaded: Promise<typeof PdfJs> | null = null;

export function pdfjs(): Promise<typeof PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}
