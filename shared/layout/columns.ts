// Column widths and font size of the flowchart table: executor columns equal, text columns share
// the rest by weight; more executors mean narrower columns and a smaller font, never overlap.
// Waktu is never too narrow for the usual "10 menit" on one line.

import type { TextMeasurer } from './measure';
import type { Box } from './types';

export type Column = { x: number; width: number };

export type SymbolSize = { width: number; height: number; decisionHeight: number };

export type FlowColumns = {
  x: number;
  width: number;
  number: Column;
  activity: Column;
  executors: Column[];
  requirements: Column;
  time: Column;
  output: Column;
  notes: Column;
  fontSize: number;
  symbol: SymbolSize;
};

/** Inner padding of a text cell. */
export const CELL_PADDING = 3;

const TEXT_WEIGHTS = { activity: 0.38, requirements: 0.19, time: 0.09, output: 0.19, notes: 0.15 };

type TextColumn = keyof typeof TEXT_WEIGHTS;

/** The time most steps have: the Waktu column holds it on one line at the table's font size. */
export const TYPICAL_TIME = '10 menit';

/**
 * The text columns' widths: their weights of the room left, Waktu widened to hold `TYPICAL_TIME`
 * on one line (with a little slack for rounding), the difference taken from Kegiatan.
 */
function textWidths(
  textWidth: number,
  fontSize: number,
  measurer: TextMeasurer,
): Record<TextColumn, number> {
  const widths = {
    activity: textWidth * TEXT_WEIGHTS.activity,
    requirements: textWidth * TEXT_WEIGHTS.requirements,
    time: textWidth * TEXT_WEIGHTS.time,
    output: textWidth * TEXT_WEIGHTS.output,
    notes: textWidth * TEXT_WEIGHTS.notes,
  };
  const needed = measurer.width(TYPICAL_TIME, fontSize, false) + 2 * CELL_PADDING + 1;
  const missing = Math.max(0, needed - widths.time);
  return { ...widths, time: widths.time + missing, activity: widths.activity - missing };
}

export function flowColumns(area: Box, executorCount: number, measurer: TextMeasurer): FlowColumns {
  const n = Math.max(executorCount, 0);
  // 36 pt keeps a symbol and its lanes readable up to ten executors; past that the columns narrow
  // further so the text columns keep at least a third of the width.
  const preferred = Math.min(84, Math.max(36, (area.width * 0.4) / n));
  const executorWidth = n === 0 ? 0 : Math.min(preferred, (area.width * 0.65) / n);
  const numberWidth = 22;
  const textWidth = area.width - numberWidth - executorWidth * n;
  let x = area.x;
  const take = (width: number): Column => {
    const column = { x, width };
    x += width;
    return column;
  };
  const fontSize = n <= 5 ? 8.5 : n <= 6 ? 8 : n <= 8 ? 7.5 : 7;
  const widths = textWidths(textWidth, fontSize, measurer);
  const number = take(numberWidth);
  const activity = take(widths.activity);
  const executors = Array.from({ length: n }, () => take(executorWidth));
  const requirements = take(widths.requirements);
  const time = take(widths.time);
  const output = take(widths.output);
  const notes = take(area.x + area.width - x);
  const symbolWidth = Math.min(54, executorWidth * 0.62);
  const symbolHeight = Math.min(24, Math.max(12, symbolWidth * 0.46));
  return {
    x: area.x,
    width: area.width,
    number,
    activity,
    executors,
    requirements,
    time,
    output,
    notes,
    fontSize,
    symbol: { width: symbolWidth, height: symbolHeight, decisionHeight: symbolHeight * 1.4 },
  };
}

/** x of the boundary left of executor column `index` (index = count gives the right edge). */
export function corridorX(columns: FlowColumns, index: number): number {
  const first = columns.executors[0];
  if (!first) return columns.activity.x + columns.activity.width;
  return first.x + index * first.width;
}
