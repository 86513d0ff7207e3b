// The import report shown before imported SOPs enter the library: what was recognised, and every
// guess or problem with the sheet and cell it concerns (messages in Bahasa Indonesia), and the
// result of importing a workbook as the importer returns it and the import dialog shows it.

import type { SopDocument } from '../model';

export type ImportWarning = {
  /** Sheet name as in the workbook. */
  sheet: string;
  /** Cell address such as `D12`, or a row range such as `baris 11–12`; null for the whole sheet. */
  cell: string | null;
  message: string;
};

export type ImportReport = {
  /** The SOP's name as imported (may be empty). */
  name: string;
  /** The sheets this SOP was read from. */
  sheets: string[];
  /** What was recognised, one line each. */
  recognised: string[];
  /** Every guess or problem, in reading order. */
  warnings: ImportWarning[];
};

/**
 * Which SOP of a library a workbook's sheets came from: its id and the revision they show (null
 * when the exported draft had no revision yet). Only workbooks exported from the library carry it.
 */
export type LibraryRef = { id: string; revision: number | null };

export type ImportedSop = {
  document: SopDocument;
  report: ImportReport;
  /** Set when the workbook carries the SOP's library id (docs/format.md §6.1). */
  library?: LibraryRef;
};

export type ImportResult = {
  sops: ImportedSop[];
  /** Workbook-level notes: sheets skipped and why. */
  notes: ImportWarning[];
};

/** `Lembar "Flowchart", sel D12: …` */
export function describeWarning(warning: ImportWarning): string {
  const where =
    warning.cell === null
      ? `Lembar "${warning.sheet}"`
      : warning.cell.startsWith('baris')
        ? `Lembar "${warning.sheet}", ${warning.cell}`
        : `Lembar "${warning.sheet}", sel ${warning.cell}`;
  return `${where}: ${warning.message}`;
}
