import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv, unspanTable } from '../../../renderer/src/state/clipboard';
import { readExecutorCell } from '../../../renderer/src/state/columns';

describe('parseTsv', () => {
  it('splits rows and cells, with CRLF or LF, ignoring the trailing line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes the way Excel writes them', () => {
    const excel =
      '1\t"Memeriksa berkas:\na. KTP\nb. KK"\t15 menit\r\n2\t"Kata ""sah""\tlagi"\t\r\n';
    expect(parseTsv(excel)).toEqual([
      ['1', 'Memeriksa berkas:\na. KTP\nb. KK', '15 menit'],
      ['2', 'Kata "sah"\tlagi', ''],
    ]);
  });

  it('keeps empty cells and takes a quote inside an unquoted cell literally', () => {
    expect(parseTsv('\t\tx')).toEqual([['', '', 'x']]);
    expect(parseTsv('5" layar\tb')).toEqual([['5" layar', 'b']]);
    expect(parseTsv('"tidak ditutup\tb')).toEqual([['"tidak ditutup', 'b']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('round-trips through toTsv', () => {
    const rows = [
      ['No', 'Kegiatan\nbaris dua', 'tanda "kutip"'],
      ['1', 'a\tb', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});

describe('readExecutorCell', () => {
  it('reads the marks of workbooks as processes and the editor words as their symbols', () => {
    expect(['X', 'v', '√', '✓', '1', 'Ya', 'Kotak'].map(readExecutorCell)).toEqual(
      Array(7).fill('process'),
    );
    expect(readExecutorCell('Kapsul')).toBe('terminator');
    expect(readExecutorCell(' belah KETUPAT ')).toBe('decision');
    expect(readExecutorCell('  ')).toBe('empty');
  });

  it('reads any other text as text, never as a symbol', () => {
    for (const text of ['Berkas', '5 menit', 'Mulai', 'Selesai', 't', 'K', '2', 'Surat masuk']) {
      expect(readExecutorCell(text)).toBe('text');
    }
  });
});

describe('unspanTable', () => {
  const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });

  it('spreads merged titles so the columns line up as in the sheet', () => {
    expect(
      unspanTable([
        [cell('No', 1, 2), cell('Kegiatan', 1, 2), cell('Pelaksana', 2), cell('Waktu', 1, 2)],
        [cell('Staf'), cell('Kasi')],
        [cell('1'), cell('Menerima'), cell('X'), cell(''), cell('5 menit')],
      ]),
    ).toEqual([
      ['No', 'Kegiatan', 'Pelaksana', '', 'Waktu'],
      ['', '', 'Staf', 'Kasi', ''],
      ['1', 'Menerima', 'X', '', '5 menit'],
    ]);
  });

  it('bounds spans that run past the table or are not numbers', () => {
    expect(unspanTable([[cell('a', Number.NaN, 500)], [cell('b', 0, 0)]])).toEqual([
      ['a'],
      ['', 'b'],
    ]);
    expect(unspanTable([[cell('wide', 1e9)]])[0]).toHaveLength(100);
  });
});
