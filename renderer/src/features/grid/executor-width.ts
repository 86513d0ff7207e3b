// The width an executor column starts at: wide enough that its header shows the whole name in
// at most three lines without breaking a word ("Kasubag Umum dan Kepegawaian"), never narrower
// than the usual 92 px. The user can still resize it (the width is then remembered, ui.ts).

import { lineCount } from './row-height';

type Measure = (text: string) => number;

export const EXECUTOR_WIDTH = { min: 72, preferred: 92, max: 220 } as const;

/** Lines of the name a header shows (grid.css clamps the name to them). */
export const HEADER_NAME_LINES = 3;

/** The header's room besides the name: the cell's padding, the menu button and the gap. */
export const HEADER_EXTRA_WIDTH = 40;

const STEP = 4;

export function executorColumnWidth(name: string, measure: Measure): number {
  const words = name.split(/\s+/).filter((word) => word !== '');
  const longest = Math.max(0, ...words.map(measure));
  for (let width = EXECUTOR_WIDTH.preferred; width < EXECUTOR_WIDTH.max; width += STEP) {
    const room = width - HEADER_EXTRA_WIDTH;
    if (longest <= room && lineCount(name, room, measure) <= HEADER_NAME_LINES) return width;
  }
  return EXECUTOR_WIDTH.max;
}

/** Measures header text in the header's font (bold 12 px, grid.css), with a canvas. */
export function headerMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = `700 12px ${fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context?.measureText(text).width ?? text.length * 7;
      cache.set(text, width);
    }
    return width;
  };
}
