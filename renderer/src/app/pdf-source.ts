// Whether Ekspor PDF and Buku SOP attach each SOP's .sop.json to the PDF (docs/format.md §4.2), so
// the PDF imports back exactly. A preference of this window (Pengaturan), on unless turned off.

import { isBoolean, readPref, writePref } from '../platform/prefs';

const PDF_SOURCE_PREF = 'pdf-source';

export function pdfSourceIncluded(): boolean {
  return readPref(PDF_SOURCE_PREF, isBoolean, true);
}

export function setPdfSourceIncluded(include: boolean): void {
  writePref(PDF_SOURCE_PREF, include);
}
