// Daftar SOP: the register sheet of a bureau workbook, one line per SOP (number, name, unit,
// effective date, status, revision).

import {
  contentArea,
  wrapText,
  type LayoutSettings,
  type TextMeasurer,
} from '../../../shared/layout';
import type { Paper, SopDocument } from '../../../shared/model';
import { columnWidthChars } from '../ooxml/units';
import { pixelWidths, rowHeightPoints } from './anchors';
import { pageSpec } from './page';
import type { CellSpec, SheetSpec } from './sheet-spec';
import { REGISTER_MARK_FORMULA, REGISTER_MARK_NAME } from '../ooxml/library-ref';

export type RegisterEntry = {
  document: SopDocument;
  status: string;
  revision: string;
};

export const REGISTER_SHEET_NAME = 'Daftar SOP';

const HEADINGS = [
  'No',
  'Nomor SOP',
  'Nama SOP',
  'Unit Kerja',
  'Tanggal Efektif',
  'Status',
  'Revisi',
];
/** Share of the page width per column. */
const WEIGHTS = [0.04, 0.17, 0.3, 0.22, 0.11, 0.08, 0.08];
const FONT_SIZE = 10;

export function registerSheet(
  entries: RegisterEntry[],
  paper: Paper,
  settings: LayoutSettings,
  measurer: TextMeasurer,
): SheetSpec {
  const width = contentArea(settings).area.width;
  const edges = [0];
  for (const weight of WEIGHTS) edges.push((edges[edges.length - 1] ?? 0) + weight * width);
  const pixels = pixelWidths(edges);
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: REGISTER_SHEET_NAME.toUpperCase(), style: 'registerTitle' },
  ];
  for (let col = 2; col <= HEADINGS.length; col++)
    cells.push({ row: 1, col, value: '', style: 'registerTitle' });
  HEADINGS.forEach((heading, i) =>
    cells.push({ row: 2, col: i + 1, value: heading, style: 'header' }),
  );
  const heights: number[] = [];
  entries.forEach((entry, i) => {
    const values = registerLine(entry, i);
    heights.push(rowHeightPoints(lineHeight(values, pixels, measurer)));
    values.forEach((value, c) =>
      cells.push({ row: i + 3, col: c + 1, value, style: c === 0 ? 'cellCenter' : 'cell' }),
    );
  });
  return {
    name: REGISTER_SHEET_NAME,
    columns: pixels.map(columnWidthChars),
    rows: [24, 18, ...heights],
    cells,
    merges: [{ top: 1, left: 1, bottom: 1, right: HEADINGS.length }],
    page: pageSpec(paper, settings, {
      titleRows: [2, 2],
      printArea: { rows: entries.length + 2, cols: HEADINGS.length },
      rowBreaks: [],
      coordination: [],
    }),
    fontSize: FONT_SIZE,
    drawing: [],
    names: [{ name: REGISTER_MARK_NAME, formula: REGISTER_MARK_FORMULA }],
  };
}

/** One SOP's line, in the order of HEADINGS; the agency stands in for a missing unit. */
function registerLine(entry: RegisterEntry, index: number): Array<string | number> {
  const { identity } = entry.document;
  return [
    index + 1,
    identity.number,
    identity.name,
    identity.unit || identity.agency,
    identity.effectiveDate,
    entry.status,
    entry.revision,
  ];
}

/** The tallest wrapped value of a line, plus padding. */
function lineHeight(
  values: Array<string | number>,
  pixels: number[],
  measurer: TextMeasurer,
): number {
  const lineHeight = measurer.lineHeight(FONT_SIZE);
  return Math.max(
    18,
    ...values.map(
      (value, i) =>
        wrapText(String(value), (pixels[i] ?? 0) * 0.75 - 6, FONT_SIZE, false, measurer).length *
          lineHeight +
        6,
    ),
  );
}
