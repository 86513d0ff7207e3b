// Text runs PDF.js joined across a cell border are cut back into the cells they were printed in.

import { describe, expect, it } from 'vitest';
import type { PdfText } from '../../../electron/services/pdf-import/page';
import { relativeWidth } from '../../../electron/services/pdf-import/recognise/glyph-widths';
import { splitAtBorders } from '../../../electron/services/pdf-import/recognise/split-texts';

const SIZE = 8;

/** One run at `x`, as wide as Helvetica prints it at 8 points. */
function run(text: string, x: number, y = 100): PdfText {
  const width = (relativeWidth(text) * SIZE) / 1000;
  return { text, x, y, width, height: SIZE, size: SIZE, bold: false, italic: false };
}

const words = (texts: PdfText[]) => texts.map((t) => [t.text, Math.round(t.x)]);

describe('splitAtBorders', () => {
  it('cuts a time and the output beside it at the Waktu column line', () => {
    const joined = run('2880 Menit Rapat terselenggara', 684);
    const border = 684 + (relativeWidth('2880 Menit ') * SIZE) / 1000 - 1;
    expect(words(splitAtBorders([joined], [border], 50, 200))).toEqual([
      ['2880 Menit', 684],
      ['Rapat terselenggara', Math.round(border + 1)],
    ]);
  });

  it('cuts a run crossing two borders into three', () => {
    const joined = run('Undangan 5 Menit Laporan', 10);
    const at = (prefix: string) => 10 + (relativeWidth(prefix) * SIZE) / 1000;
    const pieces = splitAtBorders([joined], [at('Undangan '), at('Undangan 5 Menit ')], 50, 200);
    expect(pieces.map((t) => t.text)).toEqual(['Undangan', '5 Menit', 'Laporan']);
  });

  it('leaves runs inside one cell, outside the table rows, and words without a gap', () => {
    const inside = run('Rapat terselenggara', 10);
    const above = run('Kepala Dinas Kabid', 10, 20);
    const word = run('terselenggara', 10);
    expect(splitAtBorders([inside], [200], 50, 200)).toEqual([inside]);
    expect(splitAtBorders([above], [40], 50, 200)).toEqual([above]);
    expect(splitAtBorders([word], [30], 50, 200)).toEqual([word]);
  });
});
