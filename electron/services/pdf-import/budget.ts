// The time an import may take (MAX_PDF_IMPORT_SECONDS), checked between pages: PDF.js parses in
// this thread, so a page built to be expensive is stopped at the next page boundary, and the
// worker's heap limit bounds what one page can hold.

import { MAX_PDF_IMPORT_SECONDS } from '../../../shared/limits';
import { tooSlow } from './errors';

export type Budget = { check: (page: number) => void };

export function timeBudget(seconds = MAX_PDF_IMPORT_SECONDS, now = () => performance.now()) {
  const end = now() + seconds * 1000;
  const budget: Budget = {
    check: (page) => {
      if (now() > end) throw tooSlow(page);
    },
  };
  return budget;
}
