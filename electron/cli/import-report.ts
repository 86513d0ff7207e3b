// The import report of one SOP as plain text lines, for `sop import` and `sop pdf` of a workbook.

import { describeWarning, type ImportReport } from '../../shared/import';

export function reportLines(report: ImportReport): string[] {
  return [
    `SOP: ${report.name || '(tanpa nama)'} — lembar ${report.sheets.map((s) => `"${s}"`).join(', ')}`,
    ...report.recognised.map((line) => `  ✓ ${line}`),
    ...report.warnings.map((warning) => `  ! ${describeWarning(warning)}`),
  ];
}
