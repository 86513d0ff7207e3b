// Print settings that only the app's own exports carry: the hidden sheet-scoped defined name
// `SOP_Cetak` holds the document's `print` object as JSON (Paraf Koordinasi rows, narrative table,
// legend), written as an Excel string constant (`"{""paper"":…}"`, split with `&` when long).

import type { PrintSettings } from '../../../shared/model';
import { printSchema } from '../../../shared/model/schema';

export const PRINT_SETTINGS_NAME = 'SOP_Cetak';

/** The print settings in a defined name's formula, or null when absent or not valid. */
export function readPrintSettings(formula: string | undefined): PrintSettings | null {
  if (!formula || formula.length > 100_000) return null;
  const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) =>
    (m[1] ?? '').replace(/""/g, '"'),
  );
  if (literals.length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(literals.join(''));
  } catch {
    return null;
  }
  const parsed = printSchema.safeParse(value);
  return parsed.success ? (parsed.data as PrintSettings) : null;
}
