// Text measuring and wrapping with the advance widths of the embedded font, so the browser preview
// and the PDF break every line at the same place.

import { ARIMO_BOLD, ARIMO_REGULAR } from './fonts/arimo-metrics';

/** Advance widths of one font face, as generated from its TTF (see scripts/generate-font-metrics.ts). */
export type FontMetrics = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** [first code point, space-separated advance widths in font units; -1 = no glyph]. */
  ranges: [number, string][];
};

/** Measures single lines of text in points. */
export type TextMeasurer = {
  width(text: string, fontSize: number, bold: boolean): number;
  /** Distance between two baselines. */
  lineHeight(fontSize: number): number;
  /** Distance from the top of a line box to its baseline. */
  ascent(fontSize: number): number;
};

/** Width (font units) used for characters the table does not know: an average lower-case letter. */
const FALLBACK_ADVANCE = 1139;

function advanceTable(metrics: FontMetrics): { table: Float64Array; scale: number } {
  let end = 0;
  for (const [first, widths] of metrics.ranges)
    end = Math.max(end, first + widths.split(' ').length);
  const table = new Float64Array(end).fill(-1);
  for (const [first, widths] of metrics.ranges) {
    widths.split(' ').forEach((w, i) => (table[first + i] = Number(w)));
  }
  return { table, scale: 1 / metrics.unitsPerEm };
}

export function createFontMeasurer(regular: FontMetrics, bold: FontMetrics): TextMeasurer {
  const faces = [advanceTable(regular), advanceTable(bold)] as const;
  const lineFactor = (regular.ascent - regular.descent + regular.lineGap) / regular.unitsPerEm;
  const ascentFactor = regular.ascent / regular.unitsPerEm;
  return {
    width(text, fontSize, isBold) {
      const { table, scale } = faces[isBold ? 1 : 0];
      let units = 0;
      for (let i = 0; i < text.length; i++) {
        const advance = table[text.charCodeAt(i)];
        units += advance === undefined || advance < 0 ? FALLBACK_ADVANCE : advance;
      }
      return units * scale * fontSize;
    },
    lineHeight: (fontSize) => fontSize * lineFactor,
    ascent: (fontSize) => fontSize * ascentFactor,
  };
}

/** The measurer of Arimo, the font the PDF embeds. */
export const arimoMeasurer: TextMeasurer = createFontMeasurer(ARIMO_REGULAR, ARIMO_BOLD);

/**
 * Breaks text into lines no wider than `width`: at explicit newlines, then between words, and
 * inside a word only when the word alone is too wide.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measurer: TextMeasurer,
): string[] {
  const lines: string[] = [];
  const space = measurer.width(' ', fontSize, bold);
  const clean = withoutControlCharacters(text.replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
  for (const paragraph of clean.split('\n')) {
    const words = paragraph.split(' ').filter((w) => w.length > 0);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measurer.width(word, fontSize, bold);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, width, fontSize, bold, measurer);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measurer.width(line, fontSize, bold);
    }
    lines.push(line);
  }
  // Trailing blank lines would only make a cell taller.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Control characters other than the line feed have no glyph: they would print as boxes. */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === '\n' || (code >= 0x20 && code !== 0x7f)) out += char;
  }
  return out;
}

/**
 * The mark ending a piece of a word broken between its characters: U+2010 HYPHEN, which Arimo
 * draws like "-" but which nobody types, so a reader of the print knows the word goes on
 * (docs/format.md §9.2). A soft hyphen (U+00AD) would not do: viewers hide it.
 */
export const BREAK_HYPHEN = '\u2010';

/**
 * Whether a line of print ends in a piece of a word broken between its characters: the mark right
 * after a character of the word (after a letter as other producers hyphenate, or after a digit or
 * a comma as this app also breaks).
 */
export const endsInBrokenWord = (line: string): boolean => /\S\u2010$/u.test(line);

/**
 * A word too wide for its line: broken after "/" or "-" where possible, else between characters,
 * each such piece marked with BREAK_HYPHEN, which must fit too.
 */
function breakWord(
  word: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measurer: TextMeasurer,
): string[] {
  const fits = (text: string) => measurer.width(text, fontSize, bold) <= width;
  const pieces: string[] = [];
  let piece = '';
  for (const part of word.split(/(?<=[/-])/)) {
    if (piece && fits(piece + part)) {
      piece += part;
      continue;
    }
    if (piece) pieces.push(piece);
    piece = '';
    if (fits(part)) {
      piece = part;
      continue;
    }
    const chars = [...part];
    chars.forEach((char, i) => {
      // The part's last character ends no broken piece: the line may end there unmarked.
      const ending = i === chars.length - 1 ? piece + char : piece + char + BREAK_HYPHEN;
      if (!piece || fits(ending)) {
        piece += char;
        return;
      }
      pieces.push(piece + BREAK_HYPHEN);
      piece = char;
    });
  }
  pieces.push(piece);
  return pieces;
}
