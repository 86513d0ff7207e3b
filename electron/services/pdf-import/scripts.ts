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
  const scripted = await scriptedFields(pdf);
  if (scripted.length > 0) throw scriptedPdf(`form field scripts: ${scripted.join(', ')}`);
}

/**
 * The form fields that carry actions. PDF.js's own `hasJSActions` counts a signature field, which
 * has no actions at all, as scripted, and every electronically signed SOP has one: the fields'
 * actions are read instead.
 */
async function scriptedFields(pdf: PDFDocumentProxy): Promise<string[]> {
  const fields = (await pdf.getFieldObjects()) as Record<string, unknown[]> | null;
  return Object.entries(fields ?? {})
    .filter(([, widgets]) => widgets.some(hasActions))
    .map(([name]) => name);
}

function hasActions(widget: unknown): boolean {
  const actions = (widget as { actions?: unknown }).actions;
  return typeof actions === 'object' && actions !== null && Object.keys(actions).length > 0;
}
