// The SOP's paper from its page size: A4, F4 or Legal in either orientation; any other size is
// read as the nearest of them, and the report says so.

import { PAPER_SIZES, PAPERS, type Paper } from '../../../../shared/model';

/** How far a page may differ from a paper's size and still be that paper (points, ~2 mm). */
const SAME_SIZE = 6;

export function paperOfPage(width: number, height: number): { paper: Paper; exact: boolean } {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  let best: Paper = 'A4';
  let bestDifference = Infinity;
  for (const paper of PAPERS) {
    const size = PAPER_SIZES[paper];
    const difference = Math.abs(size.width - long) + Math.abs(size.height - short);
    if (difference < bestDifference) {
      best = paper;
      bestDifference = difference;
    }
  }
  return { paper: best, exact: bestDifference <= SAME_SIZE };
}

/** `297 × 210 mm` */
export function pageSizeInMm(width: number, height: number): string {
  const mm = (points: number) => Math.round((points * 25.4) / 72);
  return `${mm(width)} × ${mm(height)} mm`;
}
