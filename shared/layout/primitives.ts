// Small constructors for primitives shared by every page builder.

import { CELL_PADDING } from './columns';
import type { TextMeasurer } from './measure';
import type { Box, RectPrimitive, TextPrimitive } from './types';

export const GRID_STROKE = 0.6;
export const HEADER_FILL = '#e8e8e8';

export function cellRect(box: Box, fill: string | null = null): RectPrimitive {
  return { kind: 'rect', box, stroke: GRID_STROKE, fill };
}

export type TextOptions = {
  fontSize: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  role?: TextPrimitive['role'];
  underline?: boolean;
};

/** Lines placed at the top-left of `x, y`, `width` wide; the box height follows the line count. */
export function textAt(
  lines: string[],
  x: number,
  y: number,
  width: number,
  options: TextOptions,
  measurer: TextMeasurer,
): TextPrimitive {
  const lineHeight = measurer.lineHeight(options.fontSize);
  const text: TextPrimitive = {
    kind: 'text',
    box: { x, y, width, height: lines.length * lineHeight },
    lines,
    fontSize: options.fontSize,
    bold: options.bold ?? false,
    align: options.align ?? 'left',
    lineHeight,
    ascent: measurer.ascent(options.fontSize),
    role: options.role ?? 'cell',
  };
  if (options.underline) text.underline = true;
  return text;
}

/** Lines inside a cell, padded, vertically centred. */
export function textInCell(
  lines: string[],
  cell: Box,
  options: TextOptions,
  measurer: TextMeasurer,
  vertical: 'middle' | 'top' = 'middle',
): TextPrimitive {
  const height = lines.length * measurer.lineHeight(options.fontSize);
  const y = vertical === 'top' ? cell.y + CELL_PADDING : cell.y + (cell.height - height) / 2;
  return textAt(lines, cell.x + CELL_PADDING, y, cell.width - 2 * CELL_PADDING, options, measurer);
}
