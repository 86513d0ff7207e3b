// Recognises the SOPs on a PDF's pages: identity pages, flowchart tables, symbols and connectors.

import type { ImportResult } from '../../../../shared/import';
import type { PdfPage } from '../page';

export function recognisePages(_pages: readonly PdfPage[]): ImportResult {
  throw new Error('recognisePages: not built yet');
}
