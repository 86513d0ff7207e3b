// Handlers of the Excel import channel: workbook bytes in, documents and reports out.

import { importWorkbook } from '../xlsx-import/import';
import type { ApiContext } from './context';
import type { HandlersFor } from './types';

export function xlsxHandlers(_ctx: ApiContext): HandlersFor<'xlsx:import'> {
  return {
    'xlsx:import': (bytes) => importWorkbook(bytes),
  };
}
