// The merged-range lookup against a plain scan of every range, on random sheets of disjoint
// merges, and on ranges so large that expanding them cell by cell would never end.

import { seededRandom } from '../../support/random';
import { describe, expect, it } from 'vitest';
import { MergeIndex } from '../../../electron/services/ooxml/merge-index';
import type { Merge } from '../../../electron/services/ooxml/sheet-read';

const covers = (m: Merge, row: number, col: number): boolean =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

/** Up to `count` random ranges on a 60 × 20 sheet, none overlapping another (as Excel writes them). */
function disjointMerges(next: () => number, count: number): Merge[] {
  const merges: Merge[] = [];
  for (let i = 0; i < count; i += 1) {
    const top = 1 + Math.floor(next() * 60);
    const left = 1 + Math.floor(next() * 20);
    const merge = {
      top,
      left,
      bottom: top + Math.floor(next() * 5),
      right: left + Math.floor(next() * 4),
    };
    const overlaps = merges.some(
      (m) =>
        m.top <= merge.bottom &&
        merge.top <= m.bottom &&
        m.left <= merge.right &&
        merge.left <= m.right,
    );
    if (!overlaps) merges.push(merge);
  }
  return merges;
}

describe('MergeIndex', () => {
  it('finds the same range as a scan of every range, for every cell', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const merges = disjointMerges(seededRandom(seed), 80);
      const index = new MergeIndex(merges);
      for (let row = 0; row <= 70; row += 1) {
        for (let col = 0; col <= 26; col += 1) {
          expect(index.at(row, col)).toBe(merges.find((m) => covers(m, row, col)));
        }
      }
    }
  });

  it('answers on the largest ranges a sheet can hold without visiting their cells', () => {
    const whole = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
    const index = new MergeIndex(Array.from({ length: 30_000 }, () => whole));
    expect(index.at(1_048_576, 16_384)).toBe(whole);
    expect(index.at(1_048_577, 1)).toBeUndefined();
    const stacked = Array.from({ length: 2_000 }, (_, i) => ({
      top: 10 + i * 500,
      left: 1,
      bottom: 509 + i * 500,
      right: 40,
    }));
    const byRow = new MergeIndex(stacked);
    expect(byRow.at(10 + 1_999 * 500 + 7, 40)).toBe(stacked[1_999]);
    expect(byRow.at(9, 1)).toBeUndefined();
    expect(byRow.at(600, 41)).toBeUndefined();
  });

  it('keeps one of two overlapping ranges, which Excel never writes', () => {
    const a = { top: 1, left: 1, bottom: 3, right: 3 };
    const b = { top: 1, left: 2, bottom: 3, right: 4 };
    const index = new MergeIndex([b, a]);
    expect(index.at(2, 2)).toBe(a);
    expect(index.at(2, 4)).toBeUndefined();
  });
});
