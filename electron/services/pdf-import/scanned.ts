// A scanned PDF (pages that are pictures, with no text layer) cannot be read yet: it is refused
// before the pages are read, with the routes that work. A born-digital PDF shows text on its
// first page, so the usual cost is one page's text; only a PDF without text has its pages'
// drawing operators looked at, to tell a scan from an empty file.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs';
import type { Budget } from './budget';
import { emptyPdf, scannedPdf } from './errors';

export async function refuseScanned(pdf: PDFDocumentProxy, budget: Budget): Promise<void> {
  for (let number = 1; number <= pdf.numPages; number += 1) {
    budget.check(number);
    if (await hasText(pdf, number)) return;
  }
  let pictured = 0;
  for (let number = 1; number <= pdf.numPages; number += 1) {
    budget.check(number);
    if (await hasImage(pdf, number)) pictured += 1;
  }
  throw pictured > 0 ? scannedPdf(pictured) : emptyPdf();
}

async function hasText(pdf: PDFDocumentProxy, number: number): Promise<boolean> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  return content.items.some((item) => 'str' in item && item.str.trim() !== '');
}

async function hasImage(pdf: PDFDocumentProxy, number: number): Promise<boolean> {
  const { OPS } = await pdfjs();
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const page = await pdf.getPage(number);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((op) => images.has(op));
}
