// Cell values shown as Excel shows them: date serials in Indonesian, General-format numbers,
// OOXML escapes, rows cut from a huge sheet.

import { describe, expect, it } from 'vitest';
import {
  formatDateSerial,
  formatNumber,
  unescapeOoxml,
} from '../../../electron/services/ooxml/cell-value';
import { cutRows, parseCellRef } from '../../../electron/services/ooxml/sheet-read';

describe('cell values', () => {
  it('prints date serials the Indonesian way', () => {
    expect(formatDateSerial(44200, false)).toBe('4 Januari 2021');
    expect(formatDateSerial(45292, false)).toBe('1 Januari 2024');
    expect(formatDateSerial(0, true)).toBe('1 Januari 1904');
  });

  it('prints numbers without binary noise', () => {
    expect(formatNumber(30)).toBe('30');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1.5)).toBe('1.5');
  });

  it('decodes _xHHHH_ escapes', () => {
    expect(unescapeOoxml('a_x000D_\nb')).toBe('a\r\nb');
  });

  it('keeps the first rows of a sheet and counts the rest', () => {
    const xml = `<worksheet><sheetData>${'<row r="1"><c/></row>'.repeat(5)}</sheetData><mergeCells/></worksheet>`;
    const { xml: cut, rowsCut } = cutRows(xml, 2);
    expect(rowsCut).toBe(3);
    expect(cut).toBe(
      '<worksheet><sheetData><row r="1"><c/></row><row r="1"><c/></row></sheetData><mergeCells/></worksheet>',
    );
    expect(parseCellRef('$AB$12')).toEqual({ row: 12, col: 28 });
  });
});
