// The sizes and counts the app accepts, in one place (docs/format.md §7): files are refused
// before they are read, and each refusal names the limit and what was found.

import { SopError } from './errors';

const MB = 1024 * 1024;

/** A `.sop.json` file (a real SOP is well under 1 MB). */
export const MAX_SOP_FILE_BYTES = 20 * MB;

/** An Excel workbook (a real SOP workbook is a few hundred KB). */
export const MAX_WORKBOOK_BYTES = 100 * MB;

/** `.sop.json` files in one import (the library's import is one transaction). */
export const MAX_IMPORT_FILES = 500;

/** A logo picture as picked (a coat of arms is a few tens of KB). */
export const MAX_LOGO_BYTES = 1 * MB;

/** A logo as stored in the document: base64 of at most a few MB. */
export const MAX_LOGO_BASE64 = 4_000_000;

// ── Document limits (docs/format.md §7.1) ──────────────────────────────────────────────────
// Chosen by measuring `sop pdf` on this project's 2-core reference machine: the largest document
// inside every limit at once prints within 1 GB peak RSS and 30 s. A real SOP has up to ~100 steps
// and ~20 executors; the corpus has at most 19 and 6.

/** One text of a document (an activity, a list item, the SOP's name); the importer cuts longer. */
export const MAX_TEXT_LENGTH = 5_000;

/** All texts of one document together (identity, executors, steps, print rows). */
export const MAX_DOCUMENT_TEXT = 200_000;

/** Items of one identity list (Dasar Hukum, Peralatan …). */
export const MAX_LIST_ITEMS = 200;

/** Extra identity sections (Tujuan, Ruang Lingkup …). */
export const MAX_EXTRA_SECTIONS = 50;

/** Paraf Koordinasi rows. */
export const MAX_COORDINATION_ROWS = 50;

/** Executors (lanes) of one SOP; the importer reads the first ones of a wider table. */
export const MAX_EXECUTORS = 30;

/** An executor's name. */
export const MAX_EXECUTOR_NAME_LENGTH = 500;

/** A decision's custom exit label (Ya/Tidak, Lengkap/Tidak lengkap). */
export const MAX_EXIT_LABEL_LENGTH = 200;

/** Steps of one SOP; the importer reads the first ones of a longer table. */
export const MAX_STEPS = 500;

/** Steps × executors: the lane grid that the layout and the PDF table grow with. */
export const MAX_LANE_CELLS = 6_000;

/** A logo's width and height in pixels (a coat of arms is a few hundred). */
export const MAX_LOGO_SIDE = 4_096;

/** Nesting of arrays and objects in a `.sop.json` (the format itself needs 5 levels). */
export const MAX_JSON_DEPTH = 64;

// ── Files and workbooks ─────────────────────────────────────────────────────────────────────

/**
 * SOPs in one exported workbook: a unit's whole set (20–100) with room to spare. The importer
 * reads every sheet such a workbook has, so what the app exports it can always import back.
 */
export const MAX_WORKBOOK_SOPS = 200;

/** Sheets read from one workbook: the register and two sheets per SOP of the largest export. */
export const MAX_SHEETS = 2 * MAX_WORKBOOK_SOPS + 1;

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

// Importer budgets: what the Excel importer reads at most. Each is counted in a part's text before
// its XML is parsed, so a small zip holding an enormous sheet is answered within seconds instead
// of building a huge structure first (docs/format.md §7).

/** Merged ranges of one sheet: an SOP sheet has tens, a sheet holding many SOPs a few thousand. */
export const MAX_SHEET_MERGES = 10_000;

/** Cells of one sheet, styled empty ones included: 10 000 rows of an SOP table's 12-15 columns. */
export const MAX_SHEET_CELLS = 150_000;

/**
 * Cells of all the sheets read from one workbook (a bureau workbook of 200 SOPs has ~100 000);
 * parsing this many takes a few seconds on a busy 2-core machine.
 */
export const MAX_WORKBOOK_CELLS = 250_000;

/** Shared strings (the workbook's distinct texts): a real SOP workbook has a few hundred. */
export const MAX_SHARED_STRINGS = 50_000;

/** Connectors (arrows and lines) of one sheet's drawing: a flowchart has one or two per step. */
export const MAX_DRAWING_CONNECTORS = 2_500;

/** Text boxes (exit labels such as Ya/Tidak) of one sheet's drawing. */
export const MAX_DRAWING_TEXT_BOXES = 2_000;

/** Off-page connectors of one sheet's drawing: two per page break; pairing them is quadratic. */
export const MAX_DRAWING_OFFPAGE = 500;

/**
 * XML elements parsed from all the parts of one workbook: the backstop for what the caps above do
 * not count (styles, names, relationships, text runs); a 200-SOP bureau workbook has under 1 000 000.
 */
export const MAX_WORKBOOK_XML_ELEMENTS = 1_500_000;

/** `30.000`: a count the way the messages print it (Indonesian thousands separator). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

// PDF import budgets (docs/format.md §7): a 100-SOP book is a few hundred pages and a few MB.

/** A PDF to import (a scanned book can be tens of MB; a born-digital SOP is well under 1 MB). */
export const MAX_PDF_BYTES = 100 * MB;

/** Pages of one PDF: an SOP has 2-5, an SOP book of 100 SOPs about 400. */
export const MAX_PDF_PAGES = 500;

/**
 * Seconds one PDF import may take, checked between pages: a page whose objects or streams are
 * built to be expensive ends the import with a message instead of holding a worker.
 */
export const MAX_PDF_IMPORT_SECONDS = 60;
