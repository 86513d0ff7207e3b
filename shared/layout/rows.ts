// The text cells of each flowchart row, wrapped with the font metrics, and the row heights: the
// tallest cell or the minimum that fits the symbol with room for arrows above and below.

import type { SopDocument } from '../model';
import { CELL_PADDING, type Column, type FlowColumns } from './columns';
import { wrapText, type TextMeasurer } from './measure';

export type RowCell = { column: Column; lines: string[]; align: 'left' | 'center' };

export type RowContent = {
  index: number;
  stepId: string;
  cells: RowCell[];
  height: number;
  truncated: boolean;
};

/** Room between a symbol and the row border for an arrow and its exit label. */
export const SYMBOL_GAP = 12;

export function rowContents(
  doc: SopDocument,
  columns: FlowColumns,
  measurer: TextMeasurer,
  maxHeight: number,
): RowContent[] {
  const size = columns.fontSize;
  const lineHeight = measurer.lineHeight(size);
  const wrap = (text: string, column: Column): string[] =>
    wrapText(text, column.width - 2 * CELL_PADDING, size, false, measurer);
  return doc.steps.map((step, index) => {
    const cells: RowCell[] = [
      { column: columns.number, lines: [String(index + 1)], align: 'center' },
      { column: columns.activity, lines: wrap(step.activity, columns.activity), align: 'left' },
      {
        column: columns.requirements,
        lines: wrap(step.requirements, columns.requirements),
        align: 'left',
      },
      { column: columns.time, lines: wrap(step.time, columns.time), align: 'center' },
      { column: columns.output, lines: wrap(step.output, columns.output), align: 'left' },
      { column: columns.notes, lines: wrap(step.notes, columns.notes), align: 'left' },
    ];
    const symbolHeight =
      step.symbol === 'decision' ? columns.symbol.decisionHeight : columns.symbol.height;
    const minimum = symbolHeight + 2 * SYMBOL_GAP;
    const tallest = Math.max(...cells.map((c) => c.lines.length));
    let height = Math.max(minimum, tallest * lineHeight + 2 * CELL_PADDING);
    let truncated = false;
    // Rows never split across pages, so a row taller than a page keeps what fits and says so.
    if (height > maxHeight) {
      const fit = Math.max(1, Math.floor((maxHeight - 2 * CELL_PADDING) / lineHeight));
      for (const cell of cells) {
        if (cell.lines.length > fit) {
          cell.lines = cell.lines.slice(0, fit);
          cell.lines[fit - 1] = `${cell.lines[fit - 1]} …`;
          truncated = true;
        }
      }
      height = Math.max(minimum, fit * lineHeight + 2 * CELL_PADDING);
    }
    return { index, stepId: step.id, cells, height, truncated };
  });
}
