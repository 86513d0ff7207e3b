// The import report of one SOP as plain text lines, for `sop import` and `sop pdf` of a workbook
// or a PDF.

import { describeOrigin, describeWarning, type ImportReport } from '../../shared/import';
import { visible } from './terminal';

/** Names and notes come from the workbook, so each is printed with its controls made visible. */
export function reportLines(report: ImportReport): string[] {
  return [
    `SOP: ${visible(report.name) || '(tanpa nama)'} — ${visible(describeOrigin(report))}`,
    ...report.recognised.map((line) => `  ✓ ${visible(line)}`),
    ...report.warnings.map((warning) => `  ! ${visible(describeWarning(warning))}`),
  ];
}
