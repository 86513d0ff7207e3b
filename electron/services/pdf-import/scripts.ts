// A PDF carrying JavaScript is refused (docs/format.md §7.2): an SOP has no use for scripts, and a
// file built to run one is not opened further. PDF.js never runs them; this only decides. Checked:
// the document's scripts (the JavaScript name tree, the open action, the document's actions) and
// the form fields' actions.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { scriptedPdf } from './errors';

export async function refuseScripts(pdf: PDFDocumentProxy): Promise<void> {
  const actions = await pdf.getJSActions();
  const events = Object.keys(actions ?? {});
  if (events.length > 0) throw scriptedPdf(`document scripts: ${events.join(', ')}`);
  if (await pdf.hasJSActions()) throw scriptedPdf('form field scripts');
}
