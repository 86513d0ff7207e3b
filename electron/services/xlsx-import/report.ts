// Collects the import report of one SOP while it is read: recognised facts and warnings with the
// sheet and cell they concern.

import type { ImportReport, ImportWarning, WarningKind } from '../../../shared/import';

export class ReportCollector {
  readonly recognised: string[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly seen = new Set<string>();

  note(line: string): void {
    this.recognised.push(line);
  }

  warn(kind: WarningKind, sheet: string, cell: string | null, message: string): void {
    const key = `${sheet}|${cell}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ kind, sheet, cell, message });
  }

  toReport(name: string, sheets: string[]): ImportReport {
    return { name, sheets, recognised: [...this.recognised], warnings: [...this.warnings] };
  }
}
