// The sizes and counts the app accepts, in one place (docs/format.md §7): files are refused
// before they are read, and each refusal names the limit and what was found.

import { SopError } from './errors';

const MB = 1024 * 1024;

/** A `.sop.json` file (a real SOP is well under 1 MB). */
export const MAX_SOP_FILE_BYTES = 20 * MB;

/** An Excel workbook (a real SOP workbook is a few hundred KB). */
export const MAX_WORKBOOK_BYTES = 100 * MB;

/** A logo picture as picked (a coat of arms is a few tens of KB). */
export const MAX_LOGO_BYTES = 1 * MB;

/** A logo as stored in the document: base64 of at most a few MB. */
export const MAX_LOGO_BASE64 = 4_000_000;

/** One text of a document (an activity, a list item, the SOP's name); the importer cuts longer. */
export const MAX_TEXT_LENGTH = 20_000;

/** Items of one identity list (Dasar Hukum, Peralatan …). */
export const MAX_LIST_ITEMS = 2_000;

/** Executors (lanes) of one SOP; the importer reads the first ones of a wider table. */
export const MAX_EXECUTORS = 64;

/** An executor's name. */
export const MAX_EXECUTOR_NAME_LENGTH = 500;

/** Steps of one SOP; the importer reads the first ones of a longer table. */
export const MAX_STEPS = 5_000;

/** Sheets read from one workbook. */
export const MAX_SHEETS = 200;

/** Rows read per sheet: an SOP table has tens of rows, a workbook with many SOPs a few thousand. */
export const MAX_SHEET_ROWS = 10_000;

/** Shapes read from one sheet's drawing: a flowchart has tens to a few hundred. */
export const MAX_DRAWING_SHAPES = 5_000;

/** `12 MB`, `1,5 MB`: a size the way the messages print it. */
export function formatBytes(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  const value = bytes / MB;
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace('.', ',')} MB`;
}

/** The refusal of a file over its size limit; `kind` names the file the way a clerk would. */
export function fileTooLarge(kind: string, limit: number, found: number): SopError {
  return new SopError(
    'file-too-large',
    `Berkas ${kind} lebih dari ${formatBytes(limit)} (${formatBytes(found)}), terlalu besar untuk sebuah SOP. Periksa apakah berkas yang dipilih benar.`,
    `${found} bytes`,
  );
}
