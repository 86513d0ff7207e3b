// All API handlers, combined from one module per domain.

import { appHandlers } from './app';
import type { ApiContext } from './context';
import { libraryHandlers } from './library';
import { pdfHandlers } from './pdf';
import type { ApiHandlers } from './types';
import { xlsxHandlers } from './xlsx';
import { xlsxExportHandlers } from './xlsx-export';

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  return {
    ...appHandlers(ctx),
    ...pdfHandlers(ctx),
    ...libraryHandlers(ctx),
    ...xlsxHandlers(ctx),
    ...xlsxExportHandlers(ctx),
  };
}

export type { ApiContext } from './context';
export type { ApiHandlers, Handler, HandlersFor } from './types';
export { dispatch, dispatchCall } from './dispatch';
