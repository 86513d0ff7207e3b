// Writes the cell part of the workbook with exceljs: values, styles, merges, column widths, row
// heights, page setup, print titles and page breaks. Drawings are added afterwards (exceljs drops
// shapes), see package-patch.ts.

import ExcelJS from 'exceljs';
import { draftMarkText } from '../../../shared/layout';
import type { DraftMark } from '../../../shared/layout';
import { columnName } from '../ooxml/units';
import type { CellStyle, SheetSpec } from './sheet-spec';

const FONT = 'Arial';
const HEADER_FILL = 'FFE8E8E8';

type Look = {
  bold?: boolean;
  horizontal: 'left' | 'center';
  vertical: 'top' | 'middle';
  border: boolean;
  fill?: boolean;
  sizeDelta?: number;
};

const LOOKS: Record<CellStyle, Look> = {
  header: { bold: true, horizontal: 'center', vertical: 'middle', border: true, fill: true },
  cell: { horizontal: 'left', vertical: 'middle', border: true },
  cellCenter: { horizontal: 'center', vertical: 'middle', border: true },
  kop: { bold: true, horizontal: 'center', vertical: 'middle', border: true, sizeDelta: 1 },
  label: { bold: true, horizontal: 'left', vertical: 'top', border: true },
  value: { horizontal: 'left', vertical: 'top', border: true },
  valueBold: { bold: true, horizontal: 'left', vertical: 'top', border: true },
  listNumber: { horizontal: 'center', vertical: 'top', border: true },
  listItem: { horizontal: 'left', vertical: 'top', border: true },
  sectionLabel: { bold: true, horizontal: 'left', vertical: 'top', border: true, fill: true },
  registerTitle: {
    bold: true,
    horizontal: 'center',
    vertical: 'middle',
    border: false,
    sizeDelta: 2,
  },
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

export async function writeCells(sheets: SheetSpec[], created: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SOP AP Editor';
  workbook.created = created;
  workbook.modified = created;
  for (const spec of sheets) writeSheet(workbook, spec);
  // Stored, not deflated: the package is compressed once, when the drawings are added.
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as ExcelJS.XlsxWriteOptions);
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: spec.page.paperSize as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: { ...spec.page.margins, header: 0.2, footer: 0.2 },
      printArea: `A1:${columnName(spec.page.printArea.cols)}${spec.page.printArea.rows}`,
      ...(spec.page.titleRows
        ? { printTitlesRow: `${spec.page.titleRows[0]}:${spec.page.titleRows[1]}` }
        : {}),
    },
    headerFooter: {
      ...(spec.page.draftMark ? { oddHeader: header(spec.page.draftMark) } : {}),
      oddFooter: footer(spec.page.coordination),
      differentFirst: false,
      differentOddEven: false,
    },
  });
  spec.columns.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  spec.rows.forEach((height, i) => {
    sheet.getRow(i + 1).height = height;
  });
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: CellStyle, size: number): Partial<ExcelJS.Style> => {
    const key = `${name}:${size}`;
    let style = styles.get(key);
    if (!style) {
      style = cellStyle(LOOKS[name], size);
      styles.set(key, style);
    }
    return style;
  };
  for (const cell of spec.cells) {
    const target = sheet.getCell(cell.row, cell.col);
    if (cell.value !== '')
      target.value = typeof cell.value === 'string' ? escapeOoxml(cell.value) : cell.value;
    target.style = styleOf(cell.style, cell.fontSize ?? spec.fontSize);
  }
  for (const m of spec.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of spec.page.rowBreaks) sheet.getRow(row).addPageBreak();
}

/** Longest header or footer text Excel accepts. */
const MAX_FOOTER = 255;

/**
 * The page footer: "Halaman x dari y" on the right and, when the document names coordinators,
 * the Paraf Koordinasi line on the left (the PDF's box, as far as a footer can carry it).
 */
export function footer(coordination: string[]): string {
  const page = '&R&"Arial"&8Halaman &P dari &N';
  const titles = coordination.map((title) => `${title.replace(/&/g, '&&')} ……`);
  while (titles.length > 0) {
    const text = `&L&"Arial"&7Paraf Koordinasi: ${titles.join('   ')}${page}`;
    if (text.length <= MAX_FOOTER) return text;
    titles.pop();
  }
  return page;
}

/** The page header of a draft: the layout's DRAF mark, bold, at the right like the PDF's. */
export function header(mark: DraftMark): string {
  return `&R&"Arial,Bold"&11${draftMarkText(mark).replace(/&/g, '&&')}`;
}

function cellStyle(look: Look, fontSize: number): Partial<ExcelJS.Style> {
  return {
    font: { name: FONT, size: fontSize + (look.sizeDelta ?? 0), bold: look.bold ?? false },
    alignment: { horizontal: look.horizontal, vertical: look.vertical, wrapText: true },
    ...(look.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
    ...(look.fill
      ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } } }
      : {}),
  };
}

/**
 * Cell text as OOXML stores it: characters XML cannot hold as `_xHHHH_`, and the underscore of a
 * text that already looks like such an escape as `_x005F_`, so Excel shows what was written.
 */
export function escapeOoxml(text: string): string {
  let out = '';
  for (const ch of text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')) {
    const code = ch.charCodeAt(0);
    const forbidden =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      code === 0xfffe ||
      code === 0xffff;
    out += forbidden ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : ch;
  }
  return out;
}
