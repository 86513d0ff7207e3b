// The document's print settings as the hidden defined name SOP_Cetak carries them: JSON in an
// Excel string constant, split in 255-character pieces joined by & as formulas require
// (the importer reads it back in electron/services/xlsx).

import type { PrintSettings } from '../../../shared/model';

/** Longest string constant an Excel formula may hold. */
const MAX_LITERAL = 255;

export function encodePrintSettings(print: PrintSettings): string {
  const json = JSON.stringify(print);
  const chunks: string[] = [];
  for (let at = 0; at < json.length; at += MAX_LITERAL) {
    chunks.push(`"${json.slice(at, at + MAX_LITERAL).replace(/"/g, '""')}"`);
  }
  return chunks.join('&');
}
