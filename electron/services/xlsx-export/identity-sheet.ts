// The identity sheet of one SOP (FORMAT.md §1.1): logo and the three agency lines on the left, on
// the right Nomor SOP, the dates, Disahkan oleh (title, signature space, name, NIP) and Nama SOP;
// below, the lists in two columns. Row heights come from the measured, wrapped texts.

import { IDENTITY_LABELS, type SopDocument } from '../../../shared/model';
import {
  contentArea,
  wrapText,
  type LayoutSettings,
  type TextMeasurer,
} from '../../../shared/layout';
import {
  Axis,
  columnPixels,
  columnWidthChars,
  EMU_PER_PIXEL,
  EMU_PER_POINT,
  pixelWidths,
  rowHeightPoints,
} from './anchors';
import { pageSpec } from './page';
import type { Anchor, CellSpec, CellStyle, DrawingItem, MergeSpec, SheetSpec } from './sheet-spec';

export const IDENTITY_FONT_SIZE = 9;
const PADDING = 3;
const MIN_ROW = 15;
const SIGNATURE_SPACE = 48;
const LIST_PAIRS = [
  ['legalBasis', 'qualifications'],
  ['relatedSops', 'equipment'],
  ['warnings', 'records'],
] as const;

type Row = { height: number };

export function identitySheet(
  doc: SopDocument,
  settings: LayoutSettings,
  measurer: TextMeasurer,
  name: string,
): SheetSpec {
  const width = contentArea(settings).area.width;
  const half = width / 2;
  const numberWidth = 20;
  const labelWidth = width * 0.17;
  // A: list number | B: left text | C: list number / label | D: label | E: value
  const edges = [0, numberWidth, half, half + numberWidth, half + labelWidth, width];
  const pixels = pixelWidths(edges);
  const colWidth = (from: number, to: number): number =>
    pixels.slice(from - 1, to).reduce((sum, px) => sum + px * 0.75, 0);
  const cells: CellSpec[] = [];
  const merges: MergeSpec[] = [];
  const rows: Row[] = [];
  const size = IDENTITY_FONT_SIZE;
  const fit = (text: string, from: number, to: number, bold = false): number => {
    const lines = wrapText(text, colWidth(from, to) - 2 * PADDING, size, bold, measurer).length;
    return Math.max(1, lines) * measurer.lineHeight(size) + 2 * PADDING;
  };
  const newRow = (height = MIN_ROW): number => {
    rows.push({ height });
    return rows.length;
  };
  const grow = (row: number, height: number): void => {
    const r = rows[row - 1];
    if (r) r.height = Math.max(r.height, height);
  };
  const put = (
    row: number,
    col: number,
    value: string | number,
    style: CellStyle,
    right = col,
    bottom = row,
  ): void => {
    for (let r = row; r <= bottom; r++) {
      for (let c = col; c <= right; c++) {
        cells.push({ row: r, col: c, value: r === row && c === col ? value : '', style });
      }
    }
    if (right > col || bottom > row) merges.push({ top: row, left: col, bottom, right });
  };

  // Right block: one row per field, the approver over four rows.
  const { identity } = doc;
  const scalar = (label: string, value: string, bold = false): number => {
    const row = newRow();
    put(row, 3, label, 'label', 4);
    put(row, 5, value, bold ? 'valueBold' : 'value');
    grow(row, Math.max(fit(label, 3, 4), fit(value, 5, 5, bold)));
    return row;
  };
  scalar(IDENTITY_LABELS.number, identity.number);
  scalar(IDENTITY_LABELS.createdDate, identity.createdDate);
  scalar(IDENTITY_LABELS.revisionDate, identity.revisionDate);
  scalar(IDENTITY_LABELS.effectiveDate, identity.effectiveDate);
  const approver = identity.approvedBy;
  const approverRow = newRow(fit(approver.title, 5, 5));
  put(approverRow, 5, approver.title, 'value');
  newRow(SIGNATURE_SPACE);
  put(approverRow + 1, 5, '', 'value');
  const nameRow = newRow(fit(approver.name, 5, 5, true));
  put(nameRow, 5, approver.name, 'valueBold');
  const nipRow = newRow();
  put(nipRow, 5, approver.nip ? `NIP. ${approver.nip}` : '', 'value');
  put(approverRow, 3, 'Disahkan oleh', 'label', 4, nipRow);
  const nameOfSop = scalar(IDENTITY_LABELS.name, identity.name, true);

  // Left block beside it: the logo, then government, agency and unit (the kop).
  const kopTop = identity.logo ? 4 : 1;
  const kop = [identity.government, identity.agency, identity.unit];
  const span = Math.floor((nameOfSop - kopTop + 1) / kop.length);
  if (identity.logo) put(1, 1, '', 'kop', 2, kopTop - 1);
  kop.forEach((text, i) => {
    const top = kopTop + i * span;
    const bottom = i === kop.length - 1 ? nameOfSop : top + span - 1;
    put(top, 1, text, 'kop', 2, bottom);
    let room = 0;
    for (let r = top; r <= bottom; r++) room += rows[r - 1]?.height ?? 0;
    grow(bottom, (rows[bottom - 1]?.height ?? 0) + Math.max(0, fit(text, 1, 2, true) - room));
  });

  // The lists, two by two, each item numbered.
  for (const [left, right] of LIST_PAIRS) {
    const labelRow = newRow();
    put(labelRow, 1, IDENTITY_LABELS[left], 'sectionLabel', 2);
    put(labelRow, 3, IDENTITY_LABELS[right], 'sectionLabel', 5);
    listRows(identity[left], identity[right]);
  }
  for (const section of identity.extraSections) {
    const labelRow = newRow();
    put(labelRow, 1, section.label, 'sectionLabel', 5);
    for (const [i, item] of section.items.entries()) {
      const row = newRow(fit(item, 2, 5));
      put(row, 1, `${i + 1}.`, 'listNumber');
      put(row, 2, item, 'listItem', 5);
    }
  }

  function listRows(left: string[], right: string[]): void {
    const count = Math.max(1, left.length, right.length);
    for (let i = 0; i < count; i++) {
      const row = newRow();
      const a = left[i];
      const b = right[i];
      put(row, 1, a === undefined ? '' : `${i + 1}.`, 'listNumber');
      put(row, 2, a ?? '', 'listItem');
      put(row, 3, b === undefined ? '' : `${i + 1}.`, 'listNumber');
      put(row, 4, b ?? '', 'listItem', 5);
      grow(row, Math.max(fit(a ?? '', 2, 2), fit(b ?? '', 4, 5)));
    }
  }

  const heights = rows.map((r) => rowHeightPoints(r.height));
  const drawing: DrawingItem[] = [];
  if (identity.logo) {
    const logoHeight = heights.slice(0, kopTop - 1).reduce((a, b) => a + b, 0) - 2 * PADDING;
    drawing.push({
      kind: 'picture',
      id: 2,
      name: 'Logo 1',
      anchor: logoAnchor(pixels, heights, logoHeight, PADDING),
      mime: identity.logo.mime,
      data: Uint8Array.from(Buffer.from(identity.logo.data, 'base64')),
    });
  }
  return {
    name,
    columns: pixels.map(columnWidthChars),
    rows: heights,
    cells,
    merges,
    page: pageSpec(doc.print.paper, settings, {
      titleRows: null,
      printArea: { rows: rows.length, cols: 5 },
      rowBreaks: [],
      coordination: doc.print.coordination,
    }),
    fontSize: size,
    drawing,
    names: [],
  };
}

/** A square logo box at the top-left of the kop, `size` points high, `inset` from the corner. */
function logoAnchor(pixels: number[], heights: number[], size: number, inset: number): Anchor {
  const x = new Axis();
  let left = 0;
  for (const px of pixels) {
    const width = columnPixels(columnWidthChars(px)) * 0.75;
    x.push(left, width, columnPixels(columnWidthChars(px)) * EMU_PER_PIXEL);
    left += width;
  }
  const y = new Axis();
  let top = 0;
  for (const h of heights) {
    y.push(top, h, h * EMU_PER_POINT);
    top += h;
  }
  const c1 = x.locate(inset);
  const c2 = x.locate(inset + size);
  const r1 = y.locate(inset);
  const r2 = y.locate(inset + size);
  const ax = x.absolute(c1.index, c1.offset);
  const ay = y.absolute(r1.index, r1.offset);
  return {
    from: { col: c1.index, colOff: c1.offset, row: r1.index, rowOff: r1.offset },
    to: { col: c2.index, colOff: c2.offset, row: r2.index, rowOff: r2.offset },
    x: ax,
    y: ay,
    cx: x.absolute(c2.index, c2.offset) - ax,
    cy: y.absolute(r2.index, r2.offset) - ay,
  };
}
