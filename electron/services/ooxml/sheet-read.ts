// One worksheet as the Excel import reads it: cell texts by row and column, merged ranges, column
// widths and row heights (for placing drawn shapes), paper size and the drawing part. Rows past
// MAX_SHEET_ROWS are cut from the XML before parsing, so a 100 000-row sheet stays cheap; cells
// and merges over their caps are counted before parsing too and refuse the workbook.

import {
  MAX_SHEET_CELLS,
  MAX_SHEET_MERGES,
  MAX_SHEET_ROWS,
  MAX_WORKBOOK_CELLS,
} from '../../../shared/limits';
import type { CellContext, CellKind } from './cell-value';
import { PLAIN_LOOK, type CellLook } from './cell-style';
import { cellValue } from './cell-value';
import { columnName } from './units';
import { overLimit } from './errors';
import { attr, child, children, countElements, numberAttr, parseXmlText } from './xml';
import type { ZipArchive } from './zip-read';
import { readRelationships } from './package';

/** A cell with text; `look` only when it has a border or a fill. */
export type Cell = { text: string; kind: CellKind; look?: CellLook };

export type Merge = { top: number; left: number; bottom: number; right: number };

export type Sheet = {
  name: string;
  /** Row number → column number → cell (1-based, as Excel numbers them). */
  rows: Map<number, Map<number, Cell>>;
  maxRow: number;
  maxCol: number;
  merges: Merge[];
  /** Column widths in characters for the columns that set one. */
  colWidths: Map<number, number>;
  defaultColWidth: number;
  /** Row heights in points for the rows that set one (hidden rows: 0). */
  rowHeights: Map<number, number>;
  defaultRowHeight: number;
  paperSize: number | null;
  drawingPath: string | null;
  /** Number of rows present beyond MAX_SHEET_ROWS that were not read. */
  rowsCut: number;
  /** Cell elements read, empty ones included (what counts against MAX_WORKBOOK_CELLS). */
  cellCount: number;
};

/** Reads a sheet; `cellsBefore` are the cells of the sheets read before it from the workbook. */
export function readSheet(
  zip: ZipArchive,
  name: string,
  path: string,
  context: CellContext,
  cellsBefore = 0,
): Sheet | null {
  const bytes = zip.read(path);
  if (!bytes) return null;
  const { xml, rowsCut } = cutRows(new TextDecoder().decode(bytes), MAX_SHEET_ROWS);
  const cellCount = checkBudgets(xml, name, cellsBefore);
  const root = child(parseXmlText(xml, path, zip.xmlBudget), 'worksheet');
  const sheet: Sheet = {
    name,
    rows: new Map(),
    maxRow: 0,
    maxCol: 0,
    merges: [],
    colWidths: new Map(),
    defaultColWidth: 8.43,
    rowHeights: new Map(),
    defaultRowHeight: 15,
    paperSize: null,
    drawingPath: null,
    rowsCut,
    cellCount,
  };
  const format = child(root, 'sheetFormatPr');
  sheet.defaultRowHeight = numberAttr(format, 'defaultRowHeight') ?? 15;
  sheet.defaultColWidth = numberAttr(format, 'defaultColWidth') ?? 8.43;
  readColumns(root, sheet);
  readCells(root, sheet, context);
  for (const merge of children(child(root, 'mergeCells'), 'mergeCell')) {
    const range = parseRange(attr(merge, 'ref') ?? '');
    if (range) sheet.merges.push(range);
  }
  sheet.paperSize = numberAttr(child(root, 'pageSetup'), 'paperSize');
  const drawingId = attr(child(root, 'drawing'), 'id');
  if (drawingId) sheet.drawingPath = readRelationships(zip, path).get(drawingId)?.target ?? null;
  return sheet;
}

/**
 * Refuses a sheet over the cell or merge caps before its XML is parsed; returns its cell count.
 * A refusal rather than a partial read: an SOP read without some of its cells or merges would be
 * read wrong without a word, and the message names the sheet to clean up or delete.
 */
function checkBudgets(xml: string, name: string, cellsBefore: number): number {
  const sheet = `Lembar "${name}" memiliki`;
  const cells = countElements(xml, ['c']);
  if (cells > MAX_SHEET_CELLS) {
    throw overLimit(
      sheet,
      'sel',
      cells,
      MAX_SHEET_CELLS,
      'Hapus isi dan format di luar tabel SOP pada lembar itu (atau hapus lembarnya), simpan, lalu impor lagi.',
    );
  }
  if (cellsBefore + cells > MAX_WORKBOOK_CELLS) {
    throw overLimit(
      `Buku kerja ini sampai lembar "${name}" memiliki`,
      'sel',
      cellsBefore + cells,
      MAX_WORKBOOK_CELLS,
      'Pecah buku kerja menjadi beberapa berkas, lalu impor lagi.',
    );
  }
  const merges = countElements(xml, ['mergeCell']);
  if (merges > MAX_SHEET_MERGES) {
    throw overLimit(
      sheet,
      'sel gabungan',
      merges,
      MAX_SHEET_MERGES,
      'Hapus penggabungan sel yang tidak perlu pada lembar itu (atau hapus lembarnya), simpan, lalu impor lagi.',
    );
  }
  return cells;
}

function readColumns(root: ReturnType<typeof child>, sheet: Sheet): void {
  // Excel sizes each of the 16 384 columns at most once; ranges that overlap past that many
  // columns in total are not a real sheet, and sizing them again and again would cost millions.
  let columnsLeft = 16_384;
  for (const col of children(child(root, 'cols'), 'col')) {
    if (columnsLeft <= 0) break;
    const min = numberAttr(col, 'min') ?? 0;
    const max = Math.min(numberAttr(col, 'max') ?? min, 16_384);
    const hidden = attr(col, 'hidden') === '1';
    const width = hidden ? 0 : (numberAttr(col, 'width') ?? sheet.defaultColWidth);
    // A range to column 16384 only restates the default for the rest of the sheet.
    if (max - min > 1_000) {
      if (!hidden) sheet.defaultColWidth = width;
      continue;
    }
    for (let c = Math.max(1, min); c <= max; c += 1) sheet.colWidths.set(c, width);
    columnsLeft -= Math.max(1, max - min + 1);
  }
}

function readCells(root: ReturnType<typeof child>, sheet: Sheet, context: CellContext): void {
  let rowNumber = 0;
  for (const row of children(child(root, 'sheetData'), 'row')) {
    rowNumber = numberAttr(row, 'r') ?? rowNumber + 1;
    if (rowNumber < 1 || rowNumber > 1_048_576) continue;
    if (attr(row, 'hidden') === '1') sheet.rowHeights.set(rowNumber, 0);
    else {
      const height = numberAttr(row, 'ht');
      if (height !== null && height >= 0) sheet.rowHeights.set(rowNumber, height);
    }
    let colNumber = 0;
    for (const c of children(row, 'c')) {
      const ref = attr(c, 'r');
      colNumber = ref ? (parseCellRef(ref)?.col ?? colNumber + 1) : colNumber + 1;
      const value = cellValue(c, context);
      if (!value || colNumber < 1 || colNumber > 16_384) continue;
      if (value.text === '' && value.kind !== 'formula-empty') continue;
      let cells = sheet.rows.get(rowNumber);
      if (!cells) sheet.rows.set(rowNumber, (cells = new Map()));
      const look = context.looks?.[Number(attr(c, 's') ?? '0')];
      cells.set(colNumber, look && look !== PLAIN_LOOK ? { ...value, look } : value);
      sheet.maxRow = Math.max(sheet.maxRow, rowNumber);
      sheet.maxCol = Math.max(sheet.maxCol, colNumber);
    }
  }
}

/** Keeps the first `limit` rows of `sheetData`; counts the rest. */
export function cutRows(xml: string, limit: number): { xml: string; rowsCut: number } {
  const rowTag = /<(?:\w+:)?row[\s>/]/g;
  let count = 0;
  let cutAt = -1;
  let match: RegExpExecArray | null;
  while ((match = rowTag.exec(xml)) !== null) {
    count += 1;
    if (count === limit + 1) cutAt = match.index;
  }
  if (cutAt < 0) return { xml, rowsCut: 0 };
  const end = /<\/(?:\w+:)?sheetData>/.exec(xml.slice(cutAt));
  if (!end) return { xml: xml.slice(0, cutAt), rowsCut: count - limit };
  return { xml: xml.slice(0, cutAt) + xml.slice(cutAt + end.index), rowsCut: count - limit };
}

export function parseCellRef(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of (match[1] ?? '').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

function parseRange(ref: string): Merge | null {
  const [from, to] = ref.split(':');
  const a = parseCellRef(from ?? '');
  const b = parseCellRef(to ?? from ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}
