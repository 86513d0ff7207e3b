// The one-line toolbars: how many items fit before the rest goes under Lainnya, and where a popup
// opens so all of it stays in the window.

import { describe, expect, it } from 'vitest';
import { fittingCount } from '../../../renderer/src/ui/overflow';
import { fitInWindow } from '../../../renderer/src/ui/popup';

/** Right edges of five items 100 px wide with 4 px gaps. */
const ends = [100, 204, 308, 412, 516];
const MORE = 90;

describe('fittingCount', () => {
  it('shows every item when all fit, with no Lainnya', () => {
    expect(fittingCount(ends, 516, MORE)).toBe(5);
    expect(fittingCount(ends, 1000, MORE)).toBe(5);
    // Sub-pixel rounding does not push the last item out.
    expect(fittingCount(ends, 515.7, MORE)).toBe(5);
  });

  it('keeps room for Lainnya once something does not fit', () => {
    // 515 px: not all; with Lainnya (90) the room is 425: four items end by 412.
    expect(fittingCount(ends, 515, MORE)).toBe(4);
    // 400 px: room 310, three items.
    expect(fittingCount(ends, 400, MORE)).toBe(3);
    expect(fittingCount(ends, 120, MORE)).toBe(0);
  });

  it('never shows an item that would overlap Lainnya', () => {
    for (let available = 0; available <= 600; available += 7) {
      const count = fittingCount(ends, available, MORE);
      if (count === ends.length) expect(ends[count - 1]).toBeLessThanOrEqual(available + 0.5);
      else if (count > 0) expect(ends[count - 1]).toBeLessThanOrEqual(available - MORE + 0.5);
    }
  });

  it('has nothing to fit in an empty bar', () => {
    expect(fittingCount([], 0, MORE)).toBe(0);
  });
});

describe('fitInWindow', () => {
  const window = { width: 1024, height: 700 };
  it('opens at the anchor when there is room', () => {
    expect(fitInWindow({ x: 100, y: 50 }, { width: 200, height: 300 }, window)).toEqual({
      top: 50,
      left: 100,
    });
  });

  it('moves in from the right and bottom edges, and never past the top-left corner', () => {
    expect(fitInWindow({ x: 950, y: 600 }, { width: 200, height: 300 }, window)).toEqual({
      top: 392,
      left: 816,
    });
    expect(fitInWindow({ x: 10, y: 10 }, { width: 2000, height: 900 }, window)).toEqual({
      top: 0,
      left: 0,
    });
  });
});
