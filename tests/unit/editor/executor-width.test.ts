// The width an executor column starts at: the whole name in at most three header lines, no word
// broken, never narrower than the usual column, never wider than the cap.

import { describe, expect, it } from 'vitest';
import {
  EXECUTOR_WIDTH,
  executorColumnWidth,
  HEADER_EXTRA_WIDTH,
  HEADER_NAME_LINES,
} from '../../../renderer/src/features/grid/executor-width';
import { lineCount } from '../../../renderer/src/features/grid/row-height';

/** Bold 12 px header text, about 7 px a character. */
const measure = (text: string) => text.length * 7;
const room = (width: number) => width - HEADER_EXTRA_WIDTH;

describe('executorColumnWidth', () => {
  it('keeps short names at the usual width', () => {
    expect(executorColumnWidth('Kasi', measure)).toBe(EXECUTOR_WIDTH.preferred);
    expect(executorColumnWidth('Kepala Bidang', measure)).toBe(EXECUTOR_WIDTH.preferred);
    expect(executorColumnWidth('', measure)).toBe(EXECUTOR_WIDTH.preferred);
  });

  it('widens a column until a realistic name fits in three lines without a broken word', () => {
    for (const name of [
      'Kasubag Umum dan Kepegawaian',
      'Direktur Sistem Komunikasi',
      'Kepala Sub Bagian Perencanaan dan Keuangan',
    ]) {
      const width = executorColumnWidth(name, measure);
      expect(width, name).toBeGreaterThan(EXECUTOR_WIDTH.preferred);
      expect(lineCount(name, room(width), measure), name).toBeLessThanOrEqual(HEADER_NAME_LINES);
      const longest = Math.max(...name.split(' ').map(measure));
      expect(longest, name).toBeLessThanOrEqual(room(width));
      // The narrowest such width: a step less would not do.
      const narrower = width - 4;
      const fitsNarrower =
        narrower >= EXECUTOR_WIDTH.preferred &&
        longest <= room(narrower) &&
        lineCount(name, room(narrower), measure) <= HEADER_NAME_LINES;
      expect(fitsNarrower, name).toBe(false);
    }
  });

  it('stops at the cap for names no column could show in three lines', () => {
    const name =
      'Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik serta Persandian dan Statistik Sektoral';
    expect(executorColumnWidth(name, measure)).toBe(EXECUTOR_WIDTH.max);
  });
});
