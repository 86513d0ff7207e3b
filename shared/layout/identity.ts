// The identity page (docs/format.md §1): header table with logo and agency lines on the left and number,
// dates, approval block and SOP name on the right; below it the two-column grid of lists, then the
// extra sections. Lists too long for one page continue on the next.

import {
  fitPicture,
  groupNip,
  IDENTITY_LABELS,
  logoPixelSize,
  type Identity,
  type SopDocument,
} from '../model';
import { CELL_PADDING } from './columns';
import type { TextMeasurer } from './measure';
import { wrapText } from './measure';
import { cellRect, HEADER_FILL, textAt, textInCell } from './primitives';
import { drawLines, listLines, type ListLine } from './text-block';
import type { Box, Page, Primitive } from './types';

const SIZE = 9;
const AGENCY_SIZE = 11;
/** The logo's room above the agency lines: at most this high, and at most this wide. */
const LOGO_HEIGHT = 64;
const LOGO_MAX_WIDTH = 160;
const SIGNATURE_SPACE = 48;

export type IdentityFrame = { pageWidth: number; pageHeight: number; area: Box };

export function layoutIdentity(
  doc: SopDocument,
  frame: IdentityFrame,
  measurer: TextMeasurer,
): Page[] {
  const { area } = frame;
  const lineHeight = measurer.lineHeight(SIZE);
  const pages: Page[] = [];
  let primitives: Primitive[] = [];
  const newPage = (): void => {
    primitives = [];
    pages.push({
      width: frame.pageWidth,
      height: frame.pageHeight,
      kind: 'identity',
      primitives,
      rows: [],
      table: null,
    });
  };
  newPage();
  let y = area.y + headerTable(doc.identity, area, measurer, primitives);

  const half = area.width / 2;
  const textWidth = half - 2 * CELL_PADDING;
  const id = doc.identity;
  const section = (label: string, items: string[]): { label: string; lines: ListLine[] } => ({
    label,
    lines: listLines(items, textWidth, { fontSize: SIZE }, measurer),
  });
  const pairs: [
    { label: string; lines: ListLine[] },
    { label: string; lines: ListLine[] } | null,
  ][] = [
    [
      section(IDENTITY_LABELS.legalBasis, id.legalBasis),
      section(IDENTITY_LABELS.qualifications, id.qualifications),
    ],
    [
      section(IDENTITY_LABELS.relatedSops, id.relatedSops),
      section(IDENTITY_LABELS.equipment, id.equipment),
    ],
    [section(IDENTITY_LABELS.warnings, id.warnings), section(IDENTITY_LABELS.records, id.records)],
  ];
  for (let i = 0; i < id.extraSections.length; i += 2) {
    const a = id.extraSections[i];
    const b = id.extraSections[i + 1];
    if (a) pairs.push([section(a.label, a.items), b ? section(b.label, b.items) : null]);
  }

  const labelHeight = lineHeight + 2 * CELL_PADDING;
  const bottom = area.y + area.height;
  for (const [left, right] of pairs) {
    let from = 0;
    const total = Math.max(left.lines.length, right?.lines.length ?? 0);
    // A pair's lines go on as long as they fit, continuing under a repeated label on the next page.
    while (from < total) {
      let fit = Math.floor((bottom - y - labelHeight - 2 * CELL_PADDING) / lineHeight);
      if (fit < 1 || (from === 0 && fit < Math.min(total, 3))) {
        newPage();
        y = area.y;
        fit = Math.floor((bottom - y - labelHeight - 2 * CELL_PADDING) / lineHeight);
      }
      const to = Math.min(total, from + Math.max(1, fit));
      const suffix = from > 0 ? ' (lanjutan)' : '';
      const contentHeight = (to - from) * lineHeight + 2 * CELL_PADDING;
      [left, right].forEach((part, k) => {
        const x = area.x + k * half;
        const labelBox = { x, y, width: half, height: labelHeight };
        const content = { x, y: y + labelHeight, width: half, height: contentHeight };
        primitives.push(cellRect(labelBox, HEADER_FILL), cellRect(content));
        if (!part) return;
        primitives.push(
          textInCell([part.label + suffix], labelBox, { fontSize: SIZE, bold: true }, measurer),
        );
        const lines = part.lines.slice(from, to);
        primitives.push(
          ...drawLines(
            lines,
            x + CELL_PADDING,
            content.y + CELL_PADDING,
            textWidth,
            SIZE,
            measurer,
          ),
        );
      });
      y += labelHeight + contentHeight;
      from = to;
    }
  }
  return pages;
}

/** Draws the header table at the top of the area and returns its height. */
function headerTable(id: Identity, area: Box, measurer: TextMeasurer, out: Primitive[]): number {
  const lineHeight = measurer.lineHeight(SIZE);
  const leftWidth = area.width * 0.42;
  const labelWidth = area.width * 0.16;
  const valueWidth = area.width - leftWidth - labelWidth;
  const valueText = valueWidth - 2 * CELL_PADDING;
  const wrap = (text: string, bold = false): string[] =>
    wrapText(text, valueText, SIZE, bold, measurer);
  const dash = (text: string): string => (text.trim() === '' ? '-' : text);
  const approver = id.approvedBy;
  const rows: { label: string; lines: string[]; approval?: boolean; bold?: boolean }[] = [
    { label: IDENTITY_LABELS.number, lines: wrap(dash(id.number)) },
    { label: IDENTITY_LABELS.createdDate, lines: wrap(dash(id.createdDate)) },
    { label: IDENTITY_LABELS.revisionDate, lines: wrap(dash(id.revisionDate)) },
    { label: IDENTITY_LABELS.effectiveDate, lines: wrap(dash(id.effectiveDate)) },
    { label: 'Disahkan oleh', lines: wrap(approver.title), approval: true },
    { label: IDENTITY_LABELS.name, lines: wrap(dash(id.name), true), bold: true },
  ];
  const nameLines = wrap(approver.name, true);
  const nipLine = approver.nip.trim() ? `NIP. ${groupNip(approver.nip)}` : '';
  const heights = rows.map((r) => {
    const lines = r.approval
      ? r.lines.length + nameLines.length + (nipLine ? 1 : 0)
      : r.lines.length;
    return lines * lineHeight + 2 * CELL_PADDING + (r.approval ? SIGNATURE_SPACE : 0);
  });

  // Left cell: logo above the three agency lines, upper case as printed on letterheads.
  const agencyLines = [id.government, id.agency, id.unit]
    .filter((t) => t.trim())
    .flatMap((t) =>
      wrapText(t.toUpperCase(), leftWidth - 4 * CELL_PADDING, AGENCY_SIZE, true, measurer),
    );
  const agencyHeight = agencyLines.length * measurer.lineHeight(AGENCY_SIZE);
  const logo = id.logo
    ? fitPicture(logoPixelSize(id.logo), {
        width: Math.min(LOGO_MAX_WIDTH, leftWidth - 4 * CELL_PADDING),
        height: LOGO_HEIGHT,
      })
    : null;
  const leftHeight = (logo ? logo.height + 8 : 0) + agencyHeight + 4 * CELL_PADDING;
  const rightHeight = heights.reduce((a, b) => a + b, 0);
  const last = heights.length - 1;
  if (leftHeight > rightHeight) heights[last] = (heights[last] ?? 0) + leftHeight - rightHeight;
  const height = Math.max(leftHeight, rightHeight);

  const left = { x: area.x, y: area.y, width: leftWidth, height };
  out.push(cellRect(left));
  let top = area.y + (height - leftHeight) / 2 + 2 * CELL_PADDING;
  if (id.logo && logo) {
    const box = { x: area.x + (leftWidth - logo.width) / 2, y: top, ...logo };
    out.push({ kind: 'image', box, mime: id.logo.mime, data: id.logo.data });
    top += logo.height + 8;
  }
  out.push(
    textAt(
      agencyLines,
      area.x + 2 * CELL_PADDING,
      top,
      leftWidth - 4 * CELL_PADDING,
      { fontSize: AGENCY_SIZE, bold: true, align: 'center', role: 'heading' },
      measurer,
    ),
  );

  let y = area.y;
  rows.forEach((row, i) => {
    const h = heights[i] ?? 0;
    const labelBox = { x: area.x + leftWidth, y, width: labelWidth, height: h };
    const valueBox = { x: labelBox.x + labelWidth, y, width: valueWidth, height: h };
    out.push(cellRect(labelBox), cellRect(valueBox));
    out.push(
      textInCell(
        [row.label],
        labelBox,
        { fontSize: SIZE, bold: true },
        measurer,
        row.approval ? 'top' : 'middle',
      ),
    );
    if (!row.approval) {
      out.push(
        textInCell(row.lines, valueBox, { fontSize: SIZE, bold: row.bold ?? false }, measurer),
      );
    } else {
      const x = valueBox.x + CELL_PADDING;
      let ty = y + CELL_PADDING;
      out.push(textAt(row.lines, x, ty, valueText, { fontSize: SIZE, align: 'center' }, measurer));
      ty += row.lines.length * lineHeight + SIGNATURE_SPACE;
      out.push(
        textAt(
          nameLines,
          x,
          ty,
          valueText,
          { fontSize: SIZE, bold: true, align: 'center', underline: true },
          measurer,
        ),
      );
      ty += nameLines.length * lineHeight;
      if (nipLine)
        out.push(
          textAt([nipLine], x, ty, valueText, { fontSize: SIZE, align: 'center' }, measurer),
        );
    }
    y += h;
  });
  return height;
}
