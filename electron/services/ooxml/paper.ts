// Excel's paper size codes (`pageSetup paperSize`) for the papers an SOP prints on: the exporter
// writes them and the importer reads the paper back from them.

import type { Paper } from '../../../shared/model';

/** docs/format.md §3: A4 9, Legal 5, Folio/F4 14. */
export const PAPER_CODES: Record<Paper, number> = { A4: 9, Legal: 5, F4: 14 };

/** The paper of a sheet's paper size code, or undefined when it is not one of ours. */
export function paperOfCode(code: number): Paper | undefined {
  return (Object.keys(PAPER_CODES) as Paper[]).find((paper) => PAPER_CODES[paper] === code);
}
