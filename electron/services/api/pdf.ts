// Handlers of the PDF channels: documents in, PDF bytes out.

import { renderBookPdf, renderSopPdf } from '../pdf';
import type { ApiContext } from './context';
import type { HandlersFor } from './types';

export function pdfHandlers(_ctx: ApiContext): HandlersFor<'pdf:export' | 'pdf:book'> {
  return {
    'pdf:export': (doc, options) =>
      renderSopPdf(doc, options?.paper ? { paper: options.paper } : {}),
    'pdf:book': (docs, options = {}) => {
      const { paper, ...book } = options;
      return renderBookPdf(docs, { ...book, ...(paper ? { paper } : {}) });
    },
  };
}
