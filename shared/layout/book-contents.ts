// The list of contents of an SOP book: one row per SOP (LAMPIRAN, name, number, first page), the
// page numbers filled in once the length of the front matter is known.

import type { SopDocument } from '../model';
import { CELL_PADDING } from './columns';
import { wrapText, type TextMeasurer } from './measure';
import { appendixLabel } from './numerals';
import { cellRect, HEADER_FILL, textAt, textInCell } from './primitives';
import type { PageFrame } from './sop';
import type { Page, Primitive } from './types';

const CONTENTS_SIZE = 9;

/** The list of contents; page numbers are filled in once the length of the front matter is known. */
export function contentsPages(
  docs: SopDocument[],
  frame: PageFrame,
  measurer: TextMeasurer,
  /** The LAMPIRAN numerals a decree records; missing: roman by position. */
  numerals: readonly string[] = [],
): { pages: Page[]; fill: (starts: number[]) => void } {
  const { area } = frame;
  const lineHeight = measurer.lineHeight(CONTENTS_SIZE);
  const widths = [area.width * 0.14, area.width * 0.5, area.width * 0.26, area.width * 0.1];
  const xs = widths.map((_, i) => area.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const labels = ['LAMPIRAN', 'NAMA SOP', 'NOMOR SOP', 'HALAMAN'];
  const rows = docs.map((doc, i) => {
    const texts = [
      appendixLabel(i, numerals),
      doc.identity.name || '-',
      doc.identity.number || '-',
    ];
    const cells = texts.map((t, k) =>
      wrapText(t, (widths[k] ?? 0) - 2 * CELL_PADDING, CONTENTS_SIZE, false, measurer),
    );
    return {
      cells,
      height: Math.max(...cells.map((c) => c.length)) * lineHeight + 2 * CELL_PADDING,
    };
  });
  const headerHeight = lineHeight + 2 * CELL_PADDING;
  const titleHeight = measurer.lineHeight(12) + 8;
  const bottom = area.y + area.height - 20;
  const pages: Page[] = [];
  const numberCells: { page: Page; box: typeof area }[] = [];
  let primitives: Primitive[] = [];
  let y = bottom;
  const start = (): void => {
    primitives = [];
    pages.push({
      width: frame.pageWidth,
      height: frame.pageHeight,
      kind: 'contents',
      primitives,
      rows: [],
      table: null,
    });
    y = area.y;
    primitives.push(
      textAt(
        ['DAFTAR ISI'],
        area.x,
        y,
        area.width,
        { fontSize: 12, bold: true, align: 'center', role: 'heading' },
        measurer,
      ),
    );
    y += titleHeight;
    labels.forEach((label, k) => {
      const box = { x: xs[k] ?? 0, y, width: widths[k] ?? 0, height: headerHeight };
      primitives.push(
        cellRect(box, HEADER_FILL),
        textInCell(
          [label],
          box,
          { fontSize: CONTENTS_SIZE, bold: true, align: 'center', role: 'header' },
          measurer,
        ),
      );
    });
    y += headerHeight;
  };
  start();
  for (const row of rows) {
    if (y + row.height > bottom) start();
    row.cells.forEach((lines, k) => {
      const box = { x: xs[k] ?? 0, y, width: widths[k] ?? 0, height: row.height };
      primitives.push(cellRect(box), textInCell(lines, box, { fontSize: CONTENTS_SIZE }, measurer));
    });
    const numberBox = { x: xs[3] ?? 0, y, width: widths[3] ?? 0, height: row.height };
    primitives.push(cellRect(numberBox));
    numberCells.push({ page: pages[pages.length - 1] as Page, box: numberBox });
    y += row.height;
  }
  const fill = (starts: number[]): void => {
    numberCells.forEach((cell, i) => {
      const text = textInCell(
        [String(starts[i] ?? '')],
        cell.box,
        { fontSize: CONTENTS_SIZE, align: 'center' },
        measurer,
      );
      cell.page.primitives.push(text);
    });
  };
  return { pages, fill };
}
