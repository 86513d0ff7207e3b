// Copy and cut on the grid (AG Grid Community has no clipboard module): the range or the focused
// cell goes out as TSV, the way Excel reads it. Paste is paste-events.ts.

import type { GridApi } from 'ag-grid-community';
import type { Step } from '../../../../shared/model';
import { toTsv } from '../../state/clipboard';
import { rangeCells } from '../../state/columns';
import type { ColumnKey } from '../../state/columns';
import { editorStore } from '../../state/store';
import { rangeBounds, useRange } from './range';
import type { CellRange } from './range';

/** The cells a copy takes: the range when it holds the focused cell, else the focused cell. */
export function copiedRange(api: GridApi<Step>): CellRange | null {
  const focused = api.getFocusedCell();
  if (!focused) return null;
  const column = focused.column.getColId();
  const order = api.getAllDisplayedColumns().map((c) => c.getColId());
  const { anchor, focus } = useRange.getState();
  const range = rangeBounds(anchor, focus, order);
  if (range && focus && focus.row === focused.rowIndex && focus.column === column) return range;
  return { rowStart: focused.rowIndex, rowEnd: focused.rowIndex, columns: [column] };
}

/** Writes the copied cells to the clipboard event; true when there was something to copy. */
export function copyToClipboard(api: GridApi<Step>, data: DataTransfer): boolean {
  const range = copiedRange(api);
  if (!range) return false;
  const doc = editorStore.getState().document;
  data.setData('text/plain', toTsv(rangeCells(doc, range.rowStart, range.rowEnd, range.columns)));
  return true;
}

/** Empties the text and symbols of the copied cells (cut, or Delete on a range). */
export function clearCells(api: GridApi<Step>): boolean {
  const range = copiedRange(api);
  if (!range) return false;
  const blank = Array.from({ length: range.rowEnd - range.rowStart + 1 }, () =>
    range.columns.map(() => ''),
  );
  const start = range.columns[0] as ColumnKey;
  return editorStore.getState().apply('pasteCells', range.rowStart, start, blank);
}
