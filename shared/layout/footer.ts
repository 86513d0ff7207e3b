// What every page carries at its foot: "Halaman x dari y" and, when the document names
// coordinators, the Paraf Koordinasi box (docs/format.md §4) for their initials.

import { wrapText, type TextMeasurer } from './measure';
import { cellRect, HEADER_FILL, textAt, textInCell } from './primitives';
import type { Box, Page, Primitive } from './types';

const FOOTER_FONT = 7.5;
const BOX_ROW = 13;
const BOX_TITLE_WIDTH = 150;
const BOX_INITIALS_WIDTH = 50;

/** Height to keep free at the bottom of the content area for the footer. */
export function footerHeight(coordination: string[]): number {
  const pageNumber = 14;
  return coordination.length === 0
    ? pageNumber
    : Math.max(pageNumber, BOX_ROW * (coordination.length + 1) + 6);
}

/** Adds the footer to every page; `content` is the area above the footer. */
export function addFooters(
  pages: Page[],
  content: Box,
  coordination: string[],
  measurer: TextMeasurer,
): void {
  pages.forEach((page, i) => addFooter(page, i + 1, pages.length, content, coordination, measurer));
}

/** The footer of one page: "Halaman number dari total" and the Paraf Koordinasi box. */
export function addFooter(
  page: Page,
  number: number,
  total: number,
  content: Box,
  coordination: string[],
  measurer: TextMeasurer,
): void {
  const top = content.y + content.height - footerHeight(coordination) + 6;
  const text = `Halaman ${number} dari ${total}`;
  const right = { fontSize: FOOTER_FONT, align: 'right' as const, role: 'page-number' as const };
  page.primitives.push(textAt([text], content.x + content.width - 160, top, 160, right, measurer));
  if (coordination.length > 0)
    page.primitives.push(...coordinationBox(content.x, top, coordination, measurer));
}

function coordinationBox(
  x: number,
  y: number,
  titles: string[],
  measurer: TextMeasurer,
): Primitive[] {
  const out: Primitive[] = [];
  const style = { fontSize: 6.5 };
  const title = { x, y, width: BOX_TITLE_WIDTH + BOX_INITIALS_WIDTH, height: BOX_ROW };
  out.push(
    cellRect(title, HEADER_FILL),
    textInCell(['Paraf Koordinasi'], title, { ...style, bold: true, align: 'center' }, measurer),
  );
  titles.forEach((name, i) => {
    const row = { x, y: y + BOX_ROW * (i + 1), width: BOX_TITLE_WIDTH, height: BOX_ROW };
    // One line per coordinator: a title too long for the box is cut rather than spilling over.
    const line = wrapText(name, BOX_TITLE_WIDTH - 6, style.fontSize, false, measurer)[0] ?? '';
    out.push(cellRect(row), textInCell([line], row, style, measurer));
    out.push(
      cellRect({ x: x + BOX_TITLE_WIDTH, y: row.y, width: BOX_INITIALS_WIDTH, height: BOX_ROW }),
    );
  });
  return out;
}
