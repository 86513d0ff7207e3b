// Reads an SOP's identity page: the header lines beside the logo, the labelled items, the
// two-column lists, the approver block and extra sections (docs/format.md §9).

import type { ImportWarning } from '../../../../shared/import';
import type { Identity } from '../../../../shared/model';
import type { PdfPage } from '../page';

export type IdentityReading = {
  identity: Identity;
  /** What was recognised, one line each, for the import report. */
  recognised: string[];
  warnings: ImportWarning[];
};

/** The identity on this page, or null when the page holds no SOP identity. */
export function readIdentityPage(_page: PdfPage): IdentityReading | null {
  throw new Error('readIdentityPage: not built yet');
}
