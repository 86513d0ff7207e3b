import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../renderer/src/state/clipboard';
import { symbolFromMark } from '../../../renderer/src/state/columns';

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

describe('symbolFromMark', () => {
  it('reads the marks of old workbooks as processes and the editor words as their symbols', () => {
    expect(['X', 'v', '√', '✓', '1', 'Ya', 'Kotak'].map(symbolFromMark)).toEqual(
      Array(7).fill('process'),
    );
    expect(symbolFromMark('Kapsul')).toBe('terminator');
    expect(symbolFromMark('t')).toBe('terminator');
    expect(symbolFromMark('Belah ketupat')).toBe('decision');
    expect(symbolFromMark('K')).toBe('decision');
    expect(symbolFromMark('  ')).toBeNull();
  });
});
