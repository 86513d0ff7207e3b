// The report of one SOP read from PDF pages: what was recognised and every guess with its page and
// position. Until the report names pages itself, the page goes where a workbook's sheet name goes
// (`Halaman 2`) and the position where its cell address goes (`(x 120, y 340)`).

import type { ImportReport, ImportWarning } from '../../../../shared/import';
import type { PdfPoint } from '../page';

export const pageName = (page: number): string => `Halaman ${page}`;

export const positionOf = (point: PdfPoint): string =>
  `(x ${Math.round(point.x)}, y ${Math.round(point.y)})`;

export class PageReport {
  readonly recognised: string[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly pages = new Set<number>();

  note(line: string): void {
    this.recognised.push(line);
  }

  warn(page: number, at: PdfPoint | null, message: string): void {
    this.warnings.push({ sheet: pageName(page), cell: at ? positionOf(at) : null, message });
  }

  toReport(name: string): ImportReport {
    const sheets = [...this.pages].sort((a, b) => a - b).map(pageName);
    return { name, sheets, recognised: [...this.recognised], warnings: [...this.warnings] };
  }
}
