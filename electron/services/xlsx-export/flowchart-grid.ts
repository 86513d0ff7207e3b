// Reads the sheet grid off the laid-out flowchart pages: the column edges of the table and one
// sheet row per header row, connector band and step row, each with its page and place on it, so
// widths, heights and page breaks match the PDF.

import { SopError } from '../../../shared/errors';
import type { Page, Primitive, RectPrimitive } from '../../../shared/layout';
import { EMU_PER_PIXEL, EMU_PER_POINT } from '../ooxml/units';
import { Axis, pixelWidths, rowHeightPoints } from './anchors';

export type FlowRow = {
  page: number;
  /** Top on its page, in points. */
  top: number;
  height: number;
  kind: 'header' | 'band' | 'step';
  stepId: string | null;
};

export type FlowGrid = {
  /** x of the column edges on the page, left to right. */
  edges: number[];
  /** Column widths in pixels. */
  pixels: number[];
  rows: FlowRow[];
  /** Bottom of the header on every page. */
  headerBottom: number;
  /** First and last sheet row index (0-based) of each page. */
  pageRows: Array<[number, number]>;
  fontSize: number;
  /** Font size of the executor names (smaller when a long word must fit its column). */
  nameFontSize: number;
  x: Axis;
  y: Axis;
};

/** Same place within 0.01 pt. */
const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;

export function flowGrid(pages: Page[], columnCount: number): FlowGrid {
  const first = pages[0];
  const table = first?.table;
  if (!first || !table) throw layoutMismatch('no flowchart page');
  const inside = (p: Primitive): p is RectPrimitive =>
    p.kind === 'rect' && p.box.y >= table.y - 0.01 && p.box.y < table.y + table.height;
  const rects = first.primitives.filter(inside);
  const edges = columnEdges(rects, columnCount);
  const header = rects.filter((r) => r.fill !== null);
  const headerBottom = Math.max(...header.map((r) => r.box.y + r.box.height));
  const firstHeight = Math.min(...header.map((r) => r.box.height));
  const names = table.y + firstHeight;
  const { fontSize, nameFontSize } = headerFontSizes(first, edges, columnCount, names);
  const { rows, pageRows } = sheetRows(pages, table.y, firstHeight, headerBottom);
  const pixels = pixelWidths(edges);
  const x = new Axis();
  pixels.forEach((px, i) =>
    x.push(edges[i] ?? 0, (edges[i + 1] ?? 0) - (edges[i] ?? 0), px * EMU_PER_PIXEL),
  );
  const y = new Axis();
  for (const row of rows) y.push(row.top, row.height, rowHeightPoints(row.height) * EMU_PER_POINT);
  return { edges, pixels, rows, headerBottom, pageRows, fontSize, nameFontSize, x, y };
}

/** The x of every cell border of the table, left to right: one more than the columns. */
function columnEdges(rects: RectPrimitive[], columnCount: number): number[] {
  const edges: number[] = [];
  for (const r of rects) {
    for (const x of [r.box.x, r.box.x + r.box.width]) {
      if (!edges.some((e) => near(e, x))) edges.push(x);
    }
  }
  edges.sort((a, b) => a - b);
  if (edges.length !== columnCount + 1) {
    throw layoutMismatch(`${edges.length - 1} table columns, expected ${columnCount}`);
  }
  return edges;
}

/**
 * The header's font size, and the executor names' below `namesTop` (smaller when a long word must
 * fit its column).
 */
function headerFontSizes(
  first: Page,
  edges: number[],
  columnCount: number,
  namesTop: number,
): { fontSize: number; nameFontSize: number } {
  const headerText = first.primitives.find((p) => p.kind === 'text' && p.role === 'header');
  const fontSize = headerText?.kind === 'text' ? headerText.fontSize : 8.5;
  const executorsLeft = edges[2] ?? 0;
  const executorsRight = edges[columnCount - 4] ?? 0;
  const names = first.primitives.flatMap((p) =>
    p.kind === 'text' &&
    p.role === 'header' &&
    p.box.y >= namesTop - 0.01 &&
    p.box.x >= executorsLeft &&
    p.box.x < executorsRight
      ? [p.fontSize]
      : [],
  );
  return { fontSize, nameFontSize: names.length ? Math.min(...names) : fontSize };
}

/**
 * The sheet rows: the two header rows, then per page its step rows with a band row for each gap
 * (the connector space between steps and at the page's end).
 */
function sheetRows(
  pages: Page[],
  top: number,
  firstHeight: number,
  headerBottom: number,
): { rows: FlowRow[]; pageRows: Array<[number, number]> } {
  const rows: FlowRow[] = [
    { page: 0, top, height: firstHeight, kind: 'header', stepId: null },
    {
      page: 0,
      top: top + firstHeight,
      height: headerBottom - top - firstHeight,
      kind: 'header',
      stepId: null,
    },
  ];
  const pageRows: Array<[number, number]> = [];
  pages.forEach((page, index) => {
    const start = index === 0 ? 0 : rows.length;
    const bottom = page.table ? page.table.y + page.table.height : headerBottom;
    let y = headerBottom;
    for (const placed of page.rows) {
      if (placed.box.y > y + 0.01) rows.push(band(index, y, placed.box.y));
      rows.push({
        page: index,
        top: placed.box.y,
        height: placed.box.height,
        kind: 'step',
        stepId: placed.stepId,
      });
      y = placed.box.y + placed.box.height;
    }
    if (bottom > y + 0.01) rows.push(band(index, y, bottom));
    pageRows.push([start, rows.length - 1]);
  });
  return { rows, pageRows };
}

function band(page: number, top: number, bottom: number): FlowRow {
  return { page, top, height: bottom - top, kind: 'band', stepId: null };
}

function layoutMismatch(detail: string): SopError {
  return new SopError(
    'internal',
    'Tata letak diagram alir tidak dapat diubah menjadi lembar Excel. Laporkan dokumen ini kepada pengembang.',
    detail,
  );
}
