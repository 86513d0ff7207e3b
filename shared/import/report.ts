// The import report shown before imported SOPs enter the library: what was recognised, and every
// guess or problem with the sheet and cell it concerns (messages in Bahasa Indonesia), and the
// result of importing a workbook as the importer returns it and the import dialog shows it.

import type { SopDocument } from '../model';

/** Where a warning points: a sheet and cell of a workbook, or a page and position of a PDF. */
export type ImportWarning = SheetWarning | PageWarning;

/**
 * What a warning means for the clerk: `loss` when the import changed or dropped content of the
 * file (a branch dropped, an arrow re-routed, text cut, a symbol not placed), which the review
 * shows first as *Perlu diperiksa*; `note` for a routine remark (logo not taken, page foot
 * skipped, paper from the page size).
 */
export type WarningKind = 'loss' | 'note';

export type SheetWarning = {
  kind: WarningKind;
  /** Sheet name as in the workbook. */
  sheet: string;
  /** Cell address such as `D12`, or a row range such as `baris 11–12`; null for the whole sheet. */
  cell: string | null;
  message: string;
  /** Absent, so code reading a PDF's warnings reads a workbook's too. */
  page?: undefined;
  at?: undefined;
};

export type PageWarning = {
  kind: WarningKind;
  /** 1-based page number; null for the whole PDF. */
  page: number | null;
  /** Points from the page's top-left corner (page.ts); null for the whole page. */
  at: { x: number; y: number } | null;
  message: string;
  /** Absent, so code reading a workbook's warnings reads a PDF's too. */
  sheet?: undefined;
  cell?: undefined;
};

export type ImportReport = {
  /** The SOP's name as imported (may be empty). */
  name: string;
  /** The sheets this SOP was read from (a workbook); empty for a PDF. */
  sheets: string[];
  /** A PDF's SOP: the pages it was read from, or the attached source it came from. */
  pdf?: { pages: number[] } | { attachment: string };
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

/** `Lembar "Flowchart", sel D12: …`; `Halaman 3, dekat (120, 340) pt: …` */
export function describeWarning(warning: ImportWarning): string {
  if (warning.sheet === undefined) return `${pagePlace(warning)}: ${warning.message}`;
  const where =
    warning.cell === null
      ? `Lembar "${warning.sheet}"`
      : warning.cell.startsWith('baris')
        ? `Lembar "${warning.sheet}", ${warning.cell}`
        : `Lembar "${warning.sheet}", sel ${warning.cell}`;
  return `${where}: ${warning.message}`;
}

function pagePlace({ page, at }: PageWarning): string {
  if (page === null) return 'Berkas PDF';
  if (at === null) return `Halaman ${page}`;
  return `Halaman ${page}, dekat (${Math.round(at.x)}, ${Math.round(at.y)}) pt`;
}

/** Where an SOP was read from: `lembar "A", "B"`, `halaman 1–3`, `dari lampiran sumber "x"`. */
export function describeOrigin(report: ImportReport): string {
  const { pdf } = report;
  if (!pdf) return `lembar ${report.sheets.map((sheet) => `"${sheet}"`).join(', ')}`;
  if ('attachment' in pdf) return `dari lampiran sumber "${pdf.attachment}"`;
  return `halaman ${pageRanges(pdf.pages)}`;
}

/** `1–3, 5`: page numbers in order, runs joined. */
function pageRanges(pages: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const page of [...pages].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && page === last[1] + 1) last[1] = page;
    else runs.push([page, page]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}
