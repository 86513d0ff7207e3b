// The DRAF mark (docs/format.md §4.1): a stamp in the top margin of every page of a printed draft,
// with the revision it changes, drawn here so the PDF, the preview, the browser print and the
// Excel page header all say the same.

import type { TextMeasurer } from './measure';
import { textAt } from './primitives';
import type { Box, DraftMark, Page } from './types';

export const DRAFT_WORD = 'DRAF';

const STAMP_SIZE = 14;
const NOTE_SIZE = 8;
const STAMP_PADDING_X = 6;
const STAMP_PADDING_Y = 2;
/** Space between the stamp and the top of the content area. */
const GAP = 4;

/** What the mark says besides DRAF: which approved revision the draft changes, if any. */
export function draftMarkNote(mark: DraftMark): string {
  return mark.basedOn === null
    ? 'Belum disahkan'
    : `Perubahan atas revisi ${mark.basedOn} (disahkan); belum disahkan`;
}

/** The mark as one line of text (the Excel page header). */
export function draftMarkText(mark: DraftMark): string {
  return `${DRAFT_WORD} — ${draftMarkNote(mark)}`;
}

/** Adds the mark to every page, right-aligned in the top margin above `content`. */
export function addDraftMarks(
  pages: Page[],
  content: Box,
  mark: DraftMark,
  measurer: TextMeasurer,
): void {
  for (const page of pages) addDraftMark(page, content, mark, measurer);
}

export function addDraftMark(
  page: Page,
  content: Box,
  mark: DraftMark,
  measurer: TextMeasurer,
): void {
  const stampHeight = measurer.lineHeight(STAMP_SIZE) + 2 * STAMP_PADDING_Y;
  const stampWidth = measurer.width(DRAFT_WORD, STAMP_SIZE, true) + 2 * STAMP_PADDING_X;
  const right = content.x + content.width;
  const top = content.y - GAP - stampHeight;
  const stamp: Box = { x: right - stampWidth, y: top, width: stampWidth, height: stampHeight };
  const note = draftMarkNote(mark);
  const noteWidth = measurer.width(note, NOTE_SIZE, false) + 1;
  const noteTop = top + (stampHeight - measurer.lineHeight(NOTE_SIZE)) / 2;
  page.primitives.push(
    { kind: 'rect', box: stamp, stroke: 1.2, fill: null },
    textAt(
      [DRAFT_WORD],
      stamp.x,
      top + STAMP_PADDING_Y,
      stampWidth,
      { fontSize: STAMP_SIZE, bold: true, align: 'center', role: 'draft-mark' },
      measurer,
    ),
    textAt(
      [note],
      stamp.x - 6 - noteWidth,
      noteTop,
      noteWidth,
      { fontSize: NOTE_SIZE, align: 'right', role: 'draft-mark' },
      measurer,
    ),
  );
}
