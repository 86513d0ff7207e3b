// The SOP_Pustaka codec: a workbook exported from the SOP library carries, on each SOP's
// flowchart sheet, the SOP's library id and the revision the sheets show, in the hidden
// sheet-scoped defined name `SOP_Pustaka` (JSON in an Excel string constant, as SOP_Cetak).
// Excel and LibreOffice keep defined names on re-save, so a workbook returned by the bureau
// still says which SOP of the library each sheet pair is.

import { z } from 'zod';
import type { LibraryRef } from '../../../shared/import';
import { definedNameJson } from './defined-name-json';

export const LIBRARY_REF_NAME = 'SOP_Pustaka';

/**
 * The hidden name marking the Daftar SOP register of a bureau workbook, so the importer never
 * reads the register (whose status *Disahkan* looks like an identity label) as an SOP.
 */
export const REGISTER_MARK_NAME = 'SOP_Daftar';
export const REGISTER_MARK_FORMULA = '"Daftar SOP"';

const libraryRefSchema = z
  .object({
    id: z.string().min(1).max(100),
    revision: z.number().int().min(1).nullable(),
  })
  .strict();

/** The formula of the defined name: `"{""id"":""…"",""revision"":3}"` (well under 255 characters). */
export function encodeLibraryRef(ref: LibraryRef): string {
  const json = JSON.stringify({ id: ref.id, revision: ref.revision });
  return `"${json.replace(/"/g, '""')}"`;
}

/** The library reference in a defined name's formula, or null when absent or not valid. */
export function readLibraryRef(formula: string | undefined): LibraryRef | null {
  const parsed = libraryRefSchema.safeParse(definedNameJson(formula, 1_000));
  return parsed.success ? parsed.data : null;
}
