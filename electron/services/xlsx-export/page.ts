// Page setup shared by the SOP sheets: landscape on the document's paper with the layout margins,
// and the name under which the print settings travel with the workbook.

import type { Paper } from '../../../shared/model';
import type { LayoutSettings } from '../../../shared/layout';
import type { PageSpec } from './sheet-spec';

/** Excel paper codes (FORMAT.md §3): A4 9, Legal 5, Folio/F4 14. */
export const PAPER_CODES: Record<Paper, number> = { A4: 9, Legal: 5, F4: 14 };

export function pageSpec(
  paper: Paper,
  settings: LayoutSettings,
  parts: Pick<PageSpec, 'titleRows' | 'printArea' | 'rowBreaks' | 'coordination'>,
): PageSpec {
  const inch = (points: number): number => points / 72;
  return {
    paperSize: PAPER_CODES[paper],
    margins: {
      left: inch(settings.margins.left),
      right: inch(settings.margins.right),
      top: inch(settings.margins.top),
      bottom: inch(settings.margins.bottom),
    },
    ...parts,
  };
}
