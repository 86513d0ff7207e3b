// Handler of the Excel export channel: documents in, workbook bytes out.

import { exportWorkbook } from '../xlsx-export/export';
import type { ApiContext } from './context';
import type { HandlersFor } from './types';

export function xlsxExportHandlers(_ctx: ApiContext): HandlersFor<'xlsx:export'> {
  return {
    'xlsx:export': (entries) => exportWorkbook(entries),
  };
}
