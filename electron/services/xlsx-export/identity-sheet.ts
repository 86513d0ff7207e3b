// The identity sheet of one SOP (docs/format.md §1.1): logo and the three agency lines on the left, on
// the right Nomor SOP, the dates, Disahkan oleh (title, signature space, name, NIP) and Nama SOP;
// below, the lists in two columns. Row heights come from the measured, wrapped texts.

import {
  contentArea,
  wrapText,
  type LayoutSettings,
  type TextMeasurer,
} from '../../../shared/layout';
import {
  fitPicture,
  IDENTITY_LABELS,
  logoPixelSize,
  type Identity,
  type Logo,
  type SopDocument,
} from '../../../shared/model';
import { columnPixels, columnWidthChars, EMU_PER_PIXEL, EMU_PER_POINT } from '../ooxml/units';
import { anchorOf, Axis, pixelWidths, rowHeightPoints } from './anchors';
import { pageSpec } from './page';
import type { CellSpec, CellStyle, DrawingItem, MergeSpec, SheetSpec } from './sheet-spec';

export const IDENTITY_FONT_SIZE = 9;
const PADDING = 3;
const MIN_ROW = 15;
const SIGNATURE_SPACE = 48;
const LIST_PAIRS = [
  ['legalBasis', 'qualifications'],
  ['relatedSops', 'equipment'],
  ['warnings', 'records'],
] as const;

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
  const pixels = pixelWidths([0, numberWidth, half, half + numberWidth, half + labelWidth, width]);
  const sheet = new IdentityRows(pixels, measurer);
  const { identity } = doc;
  const nameOfSop = writeRightBlock(sheet, identity);
  const kopTop = identity.logo ? 4 : 1;
  writeKop(sheet, identity, kopTop, nameOfSop);
  writeLists(sheet, identity);
  const heights = sheet.heights.map(rowHeightPoints);
  return {
    name,
    columns: pixels.map(columnWidthChars),
    rows: heights,
    cells: sheet.cells,
    merges: sheet.merges,
    page: pageSpec(doc.print.paper, settings, {
      titleRows: null,
      printArea: { rows: heights.length, cols: 5 },
      rowBreaks: [],
      coordination: doc.print.coordination,
    }),
    fontSize: IDENTITY_FONT_SIZE,
    drawing: identity.logo ? [logoPicture(identity.logo, pixels, heights, kopTop)] : [],
    names: [],
  };
}

/** The rows of the identity sheet as they are written: heights, cells and merges. */
class IdentityRows {
  readonly cells: CellSpec[] = [];
  readonly merges: MergeSpec[] = [];
  /** Row heights in points, row 1 first, grown to fit their texts. */
  readonly heights: number[] = [];

  constructor(
    private readonly pixels: number[],
    private readonly measurer: TextMeasurer,
  ) {}

  /** The height a text needs in columns `from`..`to`, wrapped. */
  fit(text: string, from: number, to: number, bold = false): number {
    const size = IDENTITY_FONT_SIZE;
    const width = this.pixels.slice(from - 1, to).reduce((sum, px) => sum + px * 0.75, 0);
    const lines = wrapText(text, width - 2 * PADDING, size, bold, this.measurer).length;
    return Math.max(1, lines) * this.measurer.lineHeight(size) + 2 * PADDING;
  }

  /** Adds a row; returns its 1-based number. */
  newRow(height = MIN_ROW): number {
    this.heights.push(height);
    return this.heights.length;
  }

  grow(row: number, height: number): void {
    const current = this.heights[row - 1];
    if (current !== undefined) this.heights[row - 1] = Math.max(current, height);
  }

  /** A value in a cell, merged over `right`/`bottom`; every covered cell gets the style too. */
  put(
    row: number,
    col: number,
    value: string | number,
    style: CellStyle,
    right = col,
    bottom = row,
  ) {
    for (let r = row; r <= bottom; r++) {
      for (let c = col; c <= right; c++) {
        this.cells.push({ row: r, col: c, value: r === row && c === col ? value : '', style });
      }
    }
    if (right > col || bottom > row) this.merges.push({ top: row, left: col, bottom, right });
  }
}

/**
 * The right block: one row per field, the approver over four rows (title, signature space, name,
 * NIP), Nama SOP last. Returns the row of Nama SOP.
 */
function writeRightBlock(sheet: IdentityRows, identity: Identity): number {
  const scalar = (label: string, value: string, bold = false): number => {
    const row = sheet.newRow();
    sheet.put(row, 3, label, 'label', 4);
    sheet.put(row, 5, value, bold ? 'valueBold' : 'value');
    sheet.grow(row, Math.max(sheet.fit(label, 3, 4), sheet.fit(value, 5, 5, bold)));
    return row;
  };
  scalar(IDENTITY_LABELS.number, identity.number);
  scalar(IDENTITY_LABELS.createdDate, identity.createdDate);
  scalar(IDENTITY_LABELS.revisionDate, identity.revisionDate);
  scalar(IDENTITY_LABELS.effectiveDate, identity.effectiveDate);
  const approver = identity.approvedBy;
  const approverRow = sheet.newRow(sheet.fit(approver.title, 5, 5));
  sheet.put(approverRow, 5, approver.title, 'value');
  sheet.newRow(SIGNATURE_SPACE);
  sheet.put(approverRow + 1, 5, '', 'value');
  const nameRow = sheet.newRow(sheet.fit(approver.name, 5, 5, true));
  sheet.put(nameRow, 5, approver.name, 'valueBold');
  const nipRow = sheet.newRow();
  sheet.put(nipRow, 5, approver.nip ? `NIP. ${approver.nip}` : '', 'value');
  sheet.put(approverRow, 3, 'Disahkan oleh', 'label', 4, nipRow);
  return scalar(IDENTITY_LABELS.name, identity.name, true);
}

/** The left block beside it: the logo's rows, then government, agency and unit (the kop). */
function writeKop(sheet: IdentityRows, identity: Identity, kopTop: number, lastRow: number): void {
  const kop = [identity.government, identity.agency, identity.unit];
  const span = Math.floor((lastRow - kopTop + 1) / kop.length);
  if (identity.logo) sheet.put(1, 1, '', 'kop', 2, kopTop - 1);
  kop.forEach((text, i) => {
    const top = kopTop + i * span;
    const bottom = i === kop.length - 1 ? lastRow : top + span - 1;
    sheet.put(top, 1, text, 'kop', 2, bottom);
    let room = 0;
    for (let r = top; r <= bottom; r++) room += sheet.heights[r - 1] ?? 0;
    const needed =
      (sheet.heights[bottom - 1] ?? 0) + Math.max(0, sheet.fit(text, 1, 2, true) - room);
    sheet.grow(bottom, needed);
  });
}

/** The lists two by two, then the extra sections; each item numbered. */
function writeLists(sheet: IdentityRows, identity: Identity): void {
  for (const [left, right] of LIST_PAIRS) {
    const labelRow = sheet.newRow();
    sheet.put(labelRow, 1, IDENTITY_LABELS[left], 'sectionLabel', 2);
    sheet.put(labelRow, 3, IDENTITY_LABELS[right], 'sectionLabel', 5);
    writeListPair(sheet, identity[left], identity[right]);
  }
  for (const section of identity.extraSections) {
    const labelRow = sheet.newRow();
    sheet.put(labelRow, 1, section.label, 'sectionLabel', 5);
    for (const [i, item] of section.items.entries()) {
      const row = sheet.newRow(sheet.fit(item, 2, 5));
      sheet.put(row, 1, `${i + 1}.`, 'listNumber');
      sheet.put(row, 2, item, 'listItem', 5);
    }
  }
}

function writeListPair(sheet: IdentityRows, left: string[], right: string[]): void {
  const count = Math.max(1, left.length, right.length);
  for (let i = 0; i < count; i++) {
    const row = sheet.newRow();
    const a = left[i];
    const b = right[i];
    sheet.put(row, 1, a === undefined ? '' : `${i + 1}.`, 'listNumber');
    sheet.put(row, 2, a ?? '', 'listItem');
    sheet.put(row, 3, b === undefined ? '' : `${i + 1}.`, 'listNumber');
    sheet.put(row, 4, b ?? '', 'listItem', 5);
    sheet.grow(row, Math.max(sheet.fit(a ?? '', 2, 2), sheet.fit(b ?? '', 4, 5)));
  }
}

/**
 * The logo as a picture over the rows above the kop, in its own proportions (never stretched):
 * as large as fits in columns A:B and those rows, centred across the columns.
 */
function logoPicture(logo: Logo, pixels: number[], heights: number[], kopTop: number): DrawingItem {
  const x = columnAxis(pixels);
  const y = rowAxis(heights);
  const kopWidth = x.extent(2);
  const room = {
    width: kopWidth - 2 * PADDING,
    height: heights.slice(0, kopTop - 1).reduce((a, b) => a + b, 0) - 2 * PADDING,
  };
  const size = fitPicture(logoPixelSize(logo), room);
  const box = { x: (kopWidth - size.width) / 2, y: PADDING, ...size };
  return {
    kind: 'picture',
    id: 2,
    name: 'Logo 1',
    anchor: anchorOf(x, y, box),
    mime: logo.mime,
    data: Uint8Array.from(Buffer.from(logo.data, 'base64')),
  };
}

/** The columns as Excel shows them: whole pixels, in points and EMU. */
function columnAxis(pixels: number[]): Axis {
  const x = new Axis();
  let left = 0;
  for (const px of pixels) {
    const shown = columnPixels(columnWidthChars(px));
    x.push(left, shown * 0.75, shown * EMU_PER_PIXEL);
    left += shown * 0.75;
  }
  return x;
}

function rowAxis(heights: number[]): Axis {
  const y = new Axis();
  let top = 0;
  for (const h of heights) {
    y.push(top, h, h * EMU_PER_POINT);
    top += h;
  }
  return y;
}
