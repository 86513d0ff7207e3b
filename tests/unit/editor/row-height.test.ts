import { describe, expect, it } from 'vitest';
import { lineCount } from '../../../renderer/src/features/grid/row-height';

/** Every character 1 px wide, so widths are character counts. */
const measure = (text: string) => text.length;

describe('lineCount (wrapping like white-space: pre-wrap; word-break: break-word)', () => {
  it('keeps a text that fits on one line', () => {
    expect(lineCount('Mencatat surat', 20, measure)).toBe(1);
    expect(lineCount('', 20, measure)).toBe(1);
  });

  it('wraps between words, and trailing spaces hang past the edge', () => {
    // "Mencatat surat " is 15 wide but its visible part, 14, fits in 14.
    expect(lineCount('Mencatat surat masuk', 14, measure)).toBe(2);
    expect(lineCount('aaa bbb ccc ddd', 7, measure)).toBe(2);
    expect(lineCount('aaa bbb ccc ddd', 6, measure)).toBe(4);
  });

  it('counts every line of a multi-line text, empty lines included', () => {
    expect(lineCount('Catatan:\na. satu\nb. dua', 40, measure)).toBe(3);
    expect(lineCount('a\n\nb\n', 40, measure)).toBe(4);
  });

  it('breaks after a hyphen', () => {
    expect(lineCount('surat-menyurat', 8, measure)).toBe(2);
  });

  it('breaks a word wider than the cell anywhere and continues after it', () => {
    // 25 characters in 10 px: 3 lines, the last holding "xxxxx" then " ab" fits beside it.
    expect(lineCount('x'.repeat(25) + ' ab', 10, measure)).toBe(3);
    expect(lineCount('x'.repeat(25) + ' abcdef', 10, measure)).toBe(4);
  });

  it('survives a huge text and a cell narrower than one character', () => {
    expect(lineCount('kata '.repeat(10_000), 50, measure)).toBe(1000);
    expect(lineCount('abc', 0.5, measure)).toBe(3);
  });
});
