// A cell's printed lines back into its text: wraps, hyphens, items, deliberate breaks, and words
// too long for their line.

import { describe, expect, it } from 'vitest';
import type { PdfText } from '../../../electron/services/pdf-import/page';
import {
  joinLines,
  linesOf,
  type TextArea,
} from '../../../electron/services/pdf-import/recognise/text-lines';

const SIZE = 10;

/** Lines of text one under the other, each 5 points a character wide, from x = 10. */
function cell(lines: string[], options: { left?: number[] } = {}): PdfText[] {
  return lines.map((text, i) => ({
    text,
    x: options.left?.[i] ?? 10,
    y: 10 + i * 12,
    width: text.length * 5,
    height: SIZE,
    size: SIZE,
    bold: false,
    italic: false,
  }));
}

const area = (right: number, vocabulary: string[] = []): TextArea => ({
  left: 10,
  right,
  vocabulary: new Set(vocabulary),
  marksBrokenWords: false,
});

const read = (lines: string[], room: TextArea, left?: number[]) =>
  joinLines(linesOf(cell(lines, { left })), room);

describe('joinLines', () => {
  it('joins a wrapped line with a space', () => {
    // "Menerima berkas" is 75 wide; " dan" would end at 105, past the edge at 100.
    expect(read(['Menerima berkas', 'dan mencatat'], area(100))).toBe(
      'Menerima berkas dan mencatat',
    );
  });

  it('keeps a break where the next word would have fitted', () => {
    expect(read(['Berkas', 'Dokumen'], area(100))).toBe('Berkas\nDokumen');
  });

  it('keeps items on their own lines', () => {
    expect(read(['a. Menerima berkas yang', 'masuk', 'b. Mencatat'], area(130))).toBe(
      'a. Menerima berkas yang masuk\nb. Mencatat',
    );
  });

  it('joins a line-end hyphen without a space, but keeps a repeated word apart', () => {
    expect(read(['Menyiapkan pra-', 'syarat'], area(90))).toBe('Menyiapkan pra-syarat');
    expect(read(['Menyiapkan surat-', 'surat'], area(95))).toBe('Menyiapkan surat- surat');
  });

  it('joins the pieces of a word too long for its line', () => {
    // "pengadministrasi" fills the 80 points to the last letter; "an" is no word of the document.
    expect(read(['pengadministrasi', 'an umum'], area(90.5))).toBe('pengadministrasian umum');
    expect(read(['Dokumen/', 'Kendaraan'], area(100))).toBe('Dokumen/Kendaraan');
  });

  it('joins a word broken with U+2010 HYPHEN without the mark', () => {
    expect(read(['pengadministr\u2010', 'asian umum'], area(200))).toBe('pengadministrasian umum');
    expect(read(['Menyiapkan berkas pengadmi\u2010', 'nistrasian'], area(300))).toBe(
      'Menyiapkan berkas pengadministrasian',
    );
    expect(read(['SUPER\u2010', 'KALI\u2010', 'FRAGILISTIK'], area(60))).toBe(
      'SUPERKALIFRAGILISTIK',
    );
    expect(read(['Progja,Urtug,SOP,\u2010', 'RKA, DPA'], area(100))).toBe(
      'Progja,Urtug,SOP,RKA, DPA',
    );
    // Standing alone the mark is a character of the text, as typed.
    expect(read(['Nomor 12 \u2010', 'A'], area(60))).toBe('Nomor 12 \u2010 A');
  });

  it('keeps a full line unmarked as a word of its own where the document marks its breaks', () => {
    const marking = { ...area(90.5), marksBrokenWords: true };
    expect(read(['pengadministrasi', 'an umum'], marking)).toBe('pengadministrasi an umum');
  });

  it('keeps two words apart when both are words of the document', () => {
    expect(read(['pengadministrasi', 'an umum'], area(90.5, ['pengadministrasi', 'an']))).toBe(
      'pengadministrasi an umum',
    );
  });

  it('reads a centred cell by the room on both sides', () => {
    // Centred in 10..60: "2 Jam" (25 wide) leaves 25 points, room for " 1".
    expect(read(['2 Jam', '1 Jam'], area(60), [22.5, 22.5])).toBe('2 Jam\n1 Jam');
    expect(read(['1440', 'Menit'], area(40), [15, 12.5])).toBe('1440 Menit');
  });
});
