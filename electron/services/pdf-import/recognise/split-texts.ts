// Text runs that cross a column line, cut into the cells they stand in. PDF.js joins runs printed
// on one baseline with a space-sized gap into one text item, even when a cell border lies in the
// gap (a value filling its cell up to the border, the next cell's text starting right after it).

import type { PdfText } from '../page';
import { widthWithin } from './glyph-widths';

/**
 * `texts` with every item that crosses one of the vertical lines at `borders` (between `top` and
 * `bottom`) cut at the word gap nearest the line, each piece a text of its own.
 */
export function splitAtBorders(
  texts: readonly PdfText[],
  borders: readonly number[],
  top: number,
  bottom: number,
): PdfText[] {
  return texts.flatMap((text) => {
    const middle = text.y + text.height / 2;
    if (middle < top || middle > bottom) return [text];
    const border = borders.find((x) => x > text.x + 1 && x < text.x + text.width - 1);
    if (border === undefined) return [text];
    const cut = gapNearest(text, border);
    if (cut === null) return [text];
    const left = piece(text, 0, cut);
    const right = piece(text, cut + 1, text.text.length);
    return [left, ...splitAtBorders([right], borders, top, bottom)];
  });
}

/** The index of the space whose printed place is nearest `x`, within a word's reach of it. */
function gapNearest(text: PdfText, x: number): number | null {
  let best: { index: number; distance: number } | null = null;
  for (let i = 0; i < text.text.length; i++) {
    if (text.text[i] !== ' ') continue;
    const at = text.x + widthWithin(text.text.slice(0, i + 1), text.text, text.width);
    const distance = Math.abs(at - x);
    if (!best || distance < best.distance) best = { index: i, distance };
  }
  return best && best.distance < 2 * text.size ? best.index : null;
}

/** The characters `from` to `to` of `text`, placed where they were printed. */
function piece(text: PdfText, from: number, to: number): PdfText {
  const x = text.x + widthWithin(text.text.slice(0, from), text.text, text.width);
  const width = widthWithin(text.text.slice(from, to), text.text, text.width);
  return { ...text, text: text.text.slice(from, to), x, width };
}
