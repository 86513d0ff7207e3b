// The source a PDF made by this app carries (docs/format.md §4.2): each SOP's `.sop.json` text as
// an attached file, so the PDF imports back exactly without reading its pages. A PDF exported
// without its source carries nothing of the document but its drawn pages.

import {
  numberedSopFileName,
  serializeSop,
  sopSlug,
  type SopDocument,
} from '../../../shared/model';

export type PdfAttachment = { name: string; text: string };

/** Whether an export attaches the SOPs' source; left out, it does. */
export type SourceOption = { source?: boolean };

export const SOURCE_DESCRIPTION = 'Sumber SOP (.sop.json) dari SOP AP Editor';

/** One SOP: `<nama-sop>.sop.json`. */
export function sopSource(doc: SopDocument): PdfAttachment[] {
  return [{ name: `${sopSlug(doc.identity.name)}.sop.json`, text: serializeSop(doc) }];
}

/** A book: one attachment per SOP, numbered in the book's order (`01-<nama-sop>.sop.json`). */
export function bookSource(docs: readonly SopDocument[]): PdfAttachment[] {
  return docs.map((doc, index) => ({
    name: numberedSopFileName(index, doc.identity.name),
    text: serializeSop(doc),
  }));
}

export function attachSource(pdf: PDFKit.PDFDocument, attachments: readonly PdfAttachment[]): void {
  for (const { name, text } of attachments) {
    pdf.file(Buffer.from(text, 'utf8'), {
      name,
      type: 'application/json',
      description: SOURCE_DESCRIPTION,
    });
  }
}
