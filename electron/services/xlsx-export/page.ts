// Page setup shared by the SOP sheets: landscape on the document's paper with the layout margins,
// and the layout's DRAF mark for the page header.

import type { LayoutSettings } from '../../../shared/layout';
import type { Paper } from '../../../shared/model';
import { PAPER_CODES } from '../ooxml/paper';
import type { PageSpec } from './sheet-spec';

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
    draftMark: settings.draftMark,
    ...parts,
  };
}
