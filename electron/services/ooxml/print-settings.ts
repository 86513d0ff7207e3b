// The SOP_Cetak codec: the app's own exports keep the document's `print` object (paper, Paraf
// Koordinasi rows, narrative table, legend) in the hidden sheet-scoped defined name `SOP_Cetak`,
// as JSON in an Excel string constant (`"{""paper"":…}"`, split in pieces joined by `&`). The
// exporter writes it and the importer reads it back, so both sides share this one module.

import type { PrintSettings } from '../../../shared/model';
import { printSchema } from '../../../shared/model/schema';
import { definedNameJson } from './defined-name-json';

export const PRINT_SETTINGS_NAME = 'SOP_Cetak';

/** Longest string constant an Excel formula may hold. */
const MAX_LITERAL = 255;

/** The formula of the defined name: the settings as JSON, in 255-character string constants. */
export function encodePrintSettings(print: PrintSettings): string {
  const json = JSON.stringify(print);
  const chunks: string[] = [];
  for (let at = 0; at < json.length; at += MAX_LITERAL) {
    chunks.push(`"${json.slice(at, at + MAX_LITERAL).replace(/"/g, '""')}"`);
  }
  return chunks.join('&');
}

/** The print settings in a defined name's formula, or null when absent or not valid. */
export function readPrintSettings(formula: string | undefined): PrintSettings | null {
  const parsed = printSchema.safeParse(definedNameJson(formula, 100_000));
  return parsed.success ? (parsed.data as PrintSettings) : null;
}
