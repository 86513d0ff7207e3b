// The report of one SOP read from PDF pages: what was recognised and every guess with its page and
// position (shared/import/report.ts words it: `Halaman 2, dekat (120, 340) pt`).

import type { ImportReport, ImportWarning, WarningKind } from '../../../../shared/import';
import type { PdfPoint } from '../page';

/** A warning of `kind` about `page`, at `at` when it concerns one place of it. */
export function pageWarning(
  kind: WarningKind,
  page: number,
  at: PdfPoint | null,
  message: string,
): ImportWarning {
  return { kind, page, at: at ? { x: at.x, y: at.y } : null, message };
}

export class PageReport {
  readonly recognised: string[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly pages = new Set<number>();

  note(line: string): void {
    this.recognised.push(line);
  }

  warn(kind: WarningKind, page: number, at: PdfPoint | null, message: string): void {
    this.warnings.push(pageWarning(kind, page, at, message));
  }

  toReport(name: string): ImportReport {
    const pages = [...this.pages].sort((a, b) => a - b);
    return {
      name,
      sheets: [],
      pdf: { pages },
      recognised: [...this.recognised],
      warnings: [...this.warnings],
    };
  }
}
