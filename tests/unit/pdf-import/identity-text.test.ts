// The identity page's text rules: pieces joined into lines (cut at cell borders), wrapped lines
// joined, list items by their enumerations or by wrapping, the kop split into its three lines.

import { describe, expect, it } from 'vitest';
import type { PdfText } from '../../../electron/services/pdf-import/page';
import { readKop } from '../../../electron/services/pdf-import/recognise/identity-kop';
import {
  findLabels,
  withoutTitleRows,
} from '../../../electron/services/pdf-import/recognise/identity-labels';
import {
  textLines,
  type PageRules,
  type TextLine,
} from '../../../electron/services/pdf-import/recognise/identity-lines';
import {
  dashAsEmpty,
  joinWrapped,
  listItems,
} from '../../../electron/services/pdf-import/recognise/identity-text';
import { kopFromLines } from '../../../shared/import/text';
import { arimoMeasurer } from '../../../shared/layout/measure';

const NO_RULES: PageRules = { horizontal: [], vertical: [] };

/** A text piece as the reader gives it, its width measured with the embedded font. */
function piece(text: string, x: number, y: number, size = 10, bold = false): PdfText {
  const width = arimoMeasurer.width(text, size, bold);
  return { text, x, y, width, height: size * 1.15, size, bold, italic: false };
}

function line(text: string, x: number, y: number, size = 10, bold = false): TextLine {
  const [only] = textLines([piece(text, x, y, size, bold)], NO_RULES);
  return only!;
}

describe('textLines', () => {
  it('joins kerned fragments without a space and justified words with one', () => {
    const a = piece('2 J', 100, 50);
    const b = piece('un', a.x + a.width, 50);
    const lines = textLines([a, b, piece('i 2025', b.x + b.width, 50)], NO_RULES);
    expect(lines.map((l) => l.text)).toEqual(['2 Juni 2025']);
    const pmk = piece('PMK', 74, 215);
    const justified = textLines([pmk, piece('No.', pmk.x + pmk.width + 9, 215)], NO_RULES);
    expect(justified.map((l) => [l.text, l.justified])).toEqual([['PMK No.', true]]);
  });

  it('keeps a label and its value apart, and texts on both sides of a cell border', () => {
    const apart = textLines([piece('Nomor SOP', 458, 33), piece('SOP-029', 546, 33)], NO_RULES);
    expect(apart.map((l) => l.text)).toEqual(['Nomor SOP', 'SOP-029']);
    const left = piece('tahun', 400, 100);
    const right = piece('2. Memiliki', 400 + left.width + 3, 100);
    const border: PageRules = {
      horizontal: [],
      vertical: [{ x1: 400 + left.width + 1.5, x2: 400 + left.width + 1.5, y1: 0, y2: 300 }],
    };
    expect(textLines([left, right], NO_RULES)).toHaveLength(1);
    expect(textLines([left, right], border).map((l) => l.text)).toEqual(['tahun', '2. Memiliki']);
  });
});

describe('a lone dash, and column titles', () => {
  it('reads a number, date or name printed as a lone dash as empty, and keeps any other text', () => {
    expect([dashAsEmpty('-'), dashAsEmpty(' – '), dashAsEmpty('065/-/2018')]).toEqual([
      '',
      '',
      '065/-/2018',
    ]);
  });

  it('takes item labels level on one line for column titles (a contents page), not an identity', () => {
    const titles = [piece('NAMA SOP', 150, 80), piece('NOMOR SOP', 350, 80)];
    const stacked = [piece('Nomor SOP', 350, 40), piece('Nama SOP', 350, 120)];
    const fields = (pieces: PdfText[]) =>
      withoutTitleRows(findLabels(textLines(pieces, NO_RULES))).map((h) => h.field);
    expect(fields(titles)).toEqual([]);
    expect(fields(stacked)).toEqual(['number', 'name']);
  });
});

describe('joinWrapped', () => {
  it('joins with a space, and without one after a line-end hyphen', () => {
    expect(
      joinWrapped(['Peraturan Pelaksanaan Undang-', 'Undang Nomor 43', '  Tahun  2009 ']),
    ).toBe('Peraturan Pelaksanaan Undang-Undang Nomor 43 Tahun 2009');
  });

  it('joins a word broken with U+2010 HYPHEN without the mark', () => {
    expect(joinWrapped(['Pengadministr\u2010', 'asian Umum'])).toBe('Pengadministrasian Umum');
  });
});

describe('listItems', () => {
  it('starts items at bare numbers that count the items, not at other numbers', () => {
    const lines = [
      line('1 Undang-Undang Nomor 29 Tahun 2014 tentang Pencarian', 77, 100),
      line('dan Pertolongan;', 86, 112),
      line('2 UU Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara', 77, 124),
      line('5 Tahun lamanya', 86, 136),
      line('3 Peraturan Presiden Nomor 83 Tahun 2016', 77, 148),
    ];
    expect(listItems(lines, 450)).toEqual([
      'Undang-Undang Nomor 29 Tahun 2014 tentang Pencarian dan Pertolongan;',
      'UU Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara 5 Tahun lamanya',
      'Peraturan Presiden Nomor 83 Tahun 2016',
    ]);
  });

  it('starts items at enumerations printed inline or in their own column', () => {
    const lines = [
      line('1. SOP SDM;', 77, 330),
      line('2. SOP Pengajuan Uang', 77, 342),
      line('Persediaan ke KPPN;', 95, 354),
    ];
    expect(listItems(lines, 450)).toEqual(['SOP SDM;', 'SOP Pengajuan Uang Persediaan ke KPPN;']);
    // A number centred beside a wrapped item starts the item at its first line.
    const centred = [
      line('Peraturan Pemerintah Nomor 28 Tahun 2012', 77, 270),
      line('4.', 60, 275),
      line('Nomor 43 Tahun 2009 tentang Kearsipan;', 77, 280),
      line('5.', 60, 295),
      line('Peraturan Presiden Nomor 86 Tahun 2007', 77, 295),
    ];
    expect(listItems(centred, 450)).toEqual([
      'Peraturan Pemerintah Nomor 28 Tahun 2012 Nomor 43 Tahun 2009 tentang Kearsipan;',
      'Peraturan Presiden Nomor 86 Tahun 2007',
    ]);
  });

  it('without enumerations, makes each line an item unless it wrapped at the column edge', () => {
    const lines = [
      line('Pegawai dengan pendidikan minimal DIII', 457, 215),
      line('Pegawai yang mengelola administrasi keuangan', 457, 227),
    ];
    expect(listItems(lines, 790)).toHaveLength(2);
    const first = line('Jika SOP tidak dilaksanakan, maka pendataan tidak', 74, 429);
    const wrapped = [first, line('berjalan dengan baik', 74, 441)];
    expect(listItems(wrapped, first.right + 5)).toEqual([
      'Jika SOP tidak dilaksanakan, maka pendataan tidak berjalan dengan baik',
    ]);
  });
});

describe('the kop', () => {
  it('names the first line the government, the last the unit, those between the agency', () => {
    expect(kopFromLines(['A', 'B', 'C', 'D'])).toEqual({
      government: 'A',
      agency: 'B C',
      unit: 'D',
    });
    expect(kopFromLines(['A', 'B'])).toEqual({ government: 'A', agency: 'B', unit: '' });
  });

  it('joins the lines a field wrapped over, within the kop cell', () => {
    const lines = [
      line('PEMERINTAH KABUPATEN KATINGAN', 110, 93, 11, true),
      line('DINAS PEMBERDAYAAN PEREMPUAN DAN', 97, 106, 11, true),
      line('PERLINDUNGAN ANAK', 130, 118, 11, true),
      line('BIDANG PERLINDUNGAN', 120, 131, 11, true),
    ];
    const cell = { left: 56, right: 56 + 2 * 12 + arimoMeasurer.width(lines[1]!.text, 11, true) };
    expect(readKop(lines, NO_RULES, cell)).toEqual({
      government: 'PEMERINTAH KABUPATEN KATINGAN',
      agency: 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK',
      unit: 'BIDANG PERLINDUNGAN',
    });
  });
});
