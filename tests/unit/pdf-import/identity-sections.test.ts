// Section labels on a PDF identity page are known by how they are set: bold like the list labels,
// at a list label's left edge, first in a ruled cell. Items, bold or not, stay items.

import { describe, expect, it } from 'vitest';
import { findLabels } from '../../../electron/services/pdf-import/recognise/identity-labels';
import type {
  PageRules,
  TextLine,
} from '../../../electron/services/pdf-import/recognise/identity-lines';
import { withSectionLabels } from '../../../electron/services/pdf-import/recognise/identity-sections';

const SIZE = 9;

function line(text: string, x: number, y: number, bold = false): TextLine {
  const right = x + text.length * SIZE * 0.5;
  return { text, x, y, right, bottom: y + SIZE + 1, size: SIZE, bold, justified: false };
}

/** Horizontal cell borders across both list columns at each `y`. */
function rules(...ys: number[]): PageRules {
  return { horizontal: ys.map((y) => ({ x1: 50, x2: 600, y1: y, y2: y })), vertical: [] };
}

function labelsOf(
  lines: TextLine[],
  pageRules: PageRules,
  before = [] as { x: number; size: number }[],
) {
  return withSectionLabels(lines, findLabels(lines), pageRules, before).map((h) => [
    h.field,
    h.label,
  ]);
}

describe('section labels on a PDF identity page', () => {
  it('reads a bold line at a list label place, first in its cell, as a section label', () => {
    const lines = [
      line('Peringatan', 60, 100, true),
      line('Pencatatan dan Pendataan', 330, 100, true),
      line('1. Berkas dikembalikan', 60, 116),
      line('Kebijakan Mutu', 60, 140, true),
      line('Sasaran Kinerja', 330, 140, true),
      line('1. Tanpa biaya', 60, 156),
    ];
    expect(labelsOf(lines, rules(97, 113, 137, 153))).toEqual([
      ['warnings', 'Peringatan'],
      ['records', 'Pencatatan dan Pendataan'],
      ['extra', 'Kebijakan Mutu'],
      ['extra', 'Sasaran Kinerja'],
    ]);
  });

  it('keeps a bold item inside a cell, an enumerated bold line and a moved line items', () => {
    const lines = [
      line('Peringatan', 60, 100, true),
      line('Pemohon wajib hadir', 60, 116, true),
      line('1. Undang-Undang', 60, 140, true),
      line('Sasaran Kinerja', 70, 160, true),
    ];
    expect(labelsOf(lines, rules(97, 137, 157))).toEqual([['warnings', 'Peringatan']]);
  });

  it('reads nothing new when the list labels are not bold', () => {
    const lines = [line('Peringatan', 60, 100), line('Kebijakan', 60, 140, true)];
    expect(labelsOf(lines, rules(97, 137))).toEqual([['warnings', 'Peringatan']]);
  });

  it('reads labels on the next page where the page before set them, continued or new', () => {
    const lines = [
      line('Kebijakan (lanjutan)', 60, 40, true),
      line('3. Tanpa biaya', 60, 56),
      line('Prinsip Pelayanan', 60, 80, true),
    ];
    const hits = withSectionLabels(lines, [], rules(37, 77), [{ x: 60, size: SIZE }]);
    expect(hits.map((h) => [h.label, h.continued])).toEqual([
      ['Kebijakan', true],
      ['Prinsip Pelayanan', false],
    ]);
  });
});
