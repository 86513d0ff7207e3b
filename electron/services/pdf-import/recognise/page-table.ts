// One page's flowchart table read into rows: each row's number, its cell texts, the symbols drawn
// in its executor columns and the marks typed there; the exit labels and off-page letters beside
// the symbols; and the drawing the connectors are read from.

import { isExecutorMark } from '../../../../shared/model';
import type { PdfPage, PdfText } from '../page';
import { readPageDrawing, type Drawing } from './drawing';
import { centreY, contains, inflate, type Box } from './geometry';
import { readRules } from './rules';
import { splitAtBorders } from './split-texts';
import { classifyOutline, type SymbolKind } from './symbols';
import { continueTable, findTable, type Column, type ColumnField, type TableFrame } from './table';
import { joinLines, linesOf, textCentre, type DocumentWords, type TextArea } from './text-lines';

export type PlacedSymbol = {
  kind: SymbolKind;
  box: Box;
  page: number;
  /** Index of the executor column (among the table's executor columns). */
  lane: number;
  /** Every executor column the symbol spans: one, or several for a box drawn across them. */
  lanes: number[];
  /** Index of the row in its page's rows. */
  row: number;
  /** The text inside (an off-page connector's letter). */
  text: string;
};

export type TableRow = {
  top: number;
  bottom: number;
  number: number | null;
  cells: Partial<Record<Exclude<ColumnField, 'executor' | 'number'>, string>>;
  symbols: PlacedSymbol[];
  /** Executor lanes marked with a character instead of a symbol. */
  marks: number[];
};

/** A text beside a symbol in the executor columns: an exit label. */
export type LooseText = { text: string; box: Box };

export type PageTable = {
  page: PdfPage;
  frame: TableFrame;
  lanes: Column[];
  rows: TableRow[];
  symbols: PlacedSymbol[];
  labels: LooseText[];
  drawing: Drawing;
  /** Rows read as the column numbers `1 2 3 …` under the header, skipped. */
  numberRow: boolean;
  /** The page goes on with the table of the page before without repeating its header. */
  headerless: boolean;
};

/**
 * The page's flowchart table; without a header of its own, the table of the page before going
 * on (`previous`), when this page draws its columns.
 */
export function readPageTable(
  page: PdfPage,
  words: DocumentWords,
  previous: TableFrame | null = null,
): PageTable | null {
  const drawing = readPageDrawing(page);
  const rules = readRules(drawing);
  const found = findTable(
    page,
    rules,
    drawing.outlines.map((o) => o.box),
  );
  const frame = found ?? (previous ? continueTable(rules, previous) : null);
  if (!frame) return null;
  const borders = frame.columns.slice(1).map((c) => c.x0);
  const texts = splitAtBorders(page.texts, borders, frame.headerBottom, frame.box.y1);
  const body = texts.filter((t) => {
    const c = textCentre(t);
    return (
      c.y > frame.headerBottom && c.y < frame.box.y1 && c.x > frame.box.x0 && c.x < frame.box.x1
    );
  });
  const padding = cellPadding(frame, body);
  const areaOf = (column: Column): TextArea => ({
    left: column.x0 + padding,
    right: column.x1 - padding,
    ...words,
  });
  const lanes = frame.columns
    .filter((c) => c.field === 'executor')
    .map((c) => ({ ...c, title: joinLines(c.titleLines, areaOf(c)) }));
  const bands = rowBands(frame);
  const symbols = placeSymbols(page.number, drawing, frame, lanes, bands);
  const inSymbols = new Set<PdfText>();
  for (const symbol of symbols) {
    const inside = body.filter((t) => contains(inflate(symbol.box, 1), textCentre(t)));
    inside.forEach((t) => inSymbols.add(t));
    symbol.text = linesOf(inside)
      .map((l) => l.text)
      .join(' ');
  }
  const outside = body.filter((t) => !inSymbols.has(t));
  const rows = bands.map((band) => readRow(band, frame, lanes, outside, areaOf));
  rows.forEach((row, index) => (row.symbols = symbols.filter((s) => s.row === index)));
  const numberRow = rows.length > 0 && isColumnNumberRow(rows[0]!, body, bands[0]!);
  const laneTexts = body.filter((t) => !inSymbols.has(t) && inLanes(t, lanes));
  const labels = linesOf(laneTexts).map((l) => ({ text: l.text, box: l.box }));
  return {
    page,
    frame,
    lanes,
    rows: numberRow ? rows.slice(1) : rows,
    symbols,
    labels,
    drawing,
    numberRow,
    headerless: found === null,
  };
}

type Band = { top: number; bottom: number };

function rowBands(frame: TableFrame): Band[] {
  const bands: Band[] = [];
  for (let i = 0; i + 1 < frame.rowLines.length; i++) {
    const top = frame.rowLines[i]!;
    const bottom = frame.rowLines[i + 1]!;
    if (bottom - top > 3) bands.push({ top, bottom });
  }
  return bands;
}

function placeSymbols(
  page: number,
  drawing: Drawing,
  frame: TableFrame,
  lanes: readonly Column[],
  bands: readonly Band[],
): PlacedSymbol[] {
  const symbols: PlacedSymbol[] = [];
  for (const outline of drawing.outlines) {
    const box = outline.box;
    if (box.y0 < frame.headerBottom || isCell(box, frame)) continue;
    // A symbol belongs to the lanes it mostly covers: a diamond's tips may cross a lane's line.
    const covered = lanes
      .map((c, i) => ({ i, overlap: Math.min(box.x1, c.x1) - Math.max(box.x0, c.x0) }))
      .filter(
        ({ i, overlap }) => overlap >= 0.5 * Math.min(box.x1 - box.x0, lanes[i]!.x1 - lanes[i]!.x0),
      )
      .map(({ i }) => i);
    const first = covered[0];
    if (first === undefined) continue;
    const row = bands.findIndex((b) => centreY(box) > b.top && centreY(box) < b.bottom);
    if (row < 0) continue;
    const kind = classifyOutline(outline);
    if (kind) symbols.push({ kind, box, page, lane: first, lanes: covered, row, text: '' });
  }
  return symbols.sort((a, b) => a.row - b.row || a.box.x0 - b.box.x0);
}

/** An outline from one column line to another and one row line to another is a cell. */
function isCell(box: Box, frame: TableFrame): boolean {
  const near = (values: readonly number[], v: number) => values.some((x) => Math.abs(x - v) <= 1.5);
  const columnLines = frame.columns.flatMap((c) => [c.x0, c.x1]);
  return (
    near(columnLines, box.x0) &&
    near(columnLines, box.x1) &&
    near(frame.rowLines, box.y0) &&
    near(frame.rowLines, box.y1)
  );
}

function inLanes(text: PdfText, lanes: readonly Column[]): boolean {
  const x = textCentre(text).x;
  return lanes.some((c) => x > c.x0 && x < c.x1);
}

/** The room left of a cell's text: the least gap between the activity column and its lines. */
function cellPadding(frame: TableFrame, body: readonly PdfText[]): number {
  const activity = frame.columns.find((c) => c.field === 'activity');
  if (!activity) return 2;
  const gaps = body
    .filter((t) => textCentre(t).x > activity.x0 && textCentre(t).x < activity.x1)
    .map((t) => t.x - activity.x0);
  return gaps.length === 0 ? 2 : Math.min(10, Math.max(0.5, Math.min(...gaps)));
}

function readRow(
  band: Band,
  frame: TableFrame,
  lanes: readonly Column[],
  texts: readonly PdfText[],
  areaOf: (column: Column) => TextArea,
): TableRow {
  const row: TableRow = {
    top: band.top,
    bottom: band.bottom,
    number: null,
    cells: {},
    symbols: [],
    marks: [],
  };
  for (const column of frame.columns) {
    const lines = linesOf(texts.filter((t) => inCell(t, column, band)));
    if (lines.length === 0) continue;
    const text = joinLines(lines, areaOf(column));
    if (column.field === 'number') row.number = parseNumber(text);
    else if (column.field === 'executor') {
      if (isExecutorMark(text)) row.marks.push(lanes.indexOf(column));
    } else if (column.field) row.cells[column.field] = cellValue(text, column);
  }
  return row;
}

function inCell(text: PdfText, column: Column, band: Band): boolean {
  const c = textCentre(text);
  return c.x > column.x0 && c.x < column.x1 && c.y > band.top && c.y < band.bottom;
}

function parseNumber(text: string): number | null {
  const match = /^(\d{1,4})\s*[.)]?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** `15` under *Waktu (menit)* is `15 menit`, as the Excel importer reads it. */
function cellValue(text: string, column: Column): string {
  if (column.field === 'time' && column.timeUnit && /^\d+(?:[.,]\d+)?$/.test(text)) {
    return `${text} ${column.timeUnit}`;
  }
  return text;
}

/** The row of column numbers `1 2 3 …` some tables print under their header. */
function isColumnNumberRow(row: TableRow, body: readonly PdfText[], band: Band): boolean {
  if (row.symbols.length > 0) return false;
  const texts = body.filter((t) => textCentre(t).y > band.top && textCentre(t).y < band.bottom);
  if (texts.length < 3) return false;
  const numbers = texts.map((t) => t.text.trim().replace(/^\((\d+)\)$/, '$1'));
  if (!numbers.every((n) => /^\d{1,2}$/.test(n))) return false;
  const sorted = [...new Set(numbers.map(Number))].sort((a, b) => a - b);
  return sorted[0] === 1 && sorted[1] === 2;
}
