// A block without a title row is mapped by its shape (docs/architecture.md, "Paste"): as wide as
// the table, one to one; placed from the focused cell when whatever lands on executor columns is
// marks; otherwise it is text and fills the text columns in order.

import type { SopDocument } from '../../../../shared/model';
import { STEP_TEXT_FIELDS, isStepTextField } from '../actions/steps';
import { columnKeys, executorIdOf } from '../columns';
import type { ColumnKey } from '../columns';
import { blockWidth, columnCells, dropNumberColumn, holdAMark, holdNoText } from './block';
import type { BlockColumns, ColumnTarget } from './types';

export function columnsByShape(
  doc: SopDocument,
  block: string[][],
  focused: ColumnKey,
): BlockColumns {
  const rows = dropNumberColumn(block);
  const width = blockWidth(rows);
  const keys = columnKeys(doc).slice(1);
  const targets =
    width === keys.length
      ? keys
      : (placedFromFocus(keys, rows, width, focused) ?? textColumns(rows, width, focused));
  return { rows, targets, timeUnit: null, byHeader: false };
}

/**
 * The block placed from the focused column, as a spreadsheet does, when it fits in the table and
 * what lands on executor columns is marks and blanks, with a mark among them (a range copied from
 * the grid itself). A block landing on text columns only is placed there too.
 */
function placedFromFocus(
  keys: readonly ColumnKey[],
  rows: string[][],
  width: number,
  focused: ColumnKey,
): ColumnKey[] | null {
  const from = keys.indexOf(focused === 'number' ? 'activity' : focused);
  const landing = keys.slice(from, from + width);
  if (from === -1 || landing.length < width) return null;
  const onExecutors = landing.flatMap((key, i) =>
    executorIdOf(key) === null ? [] : columnCells(rows, i),
  );
  const placed = onExecutors.length === 0 || (holdNoText(onExecutors) && holdAMark(onExecutors));
  return placed ? landing : null;
}

/**
 * Text columns in order: from the focused one when the block fits from there, else from
 * Kegiatan. A wider block is a table of its own: when the columns after its first hold no text
 * they are its executors (another number than this SOP's, left out) and its last four are
 * Kelengkapan, Waktu, Output and Keterangan; otherwise what runs past Keterangan is left out.
 */
function textColumns(rows: string[][], width: number, focused: ColumnKey): ColumnTarget[] {
  const fields = STEP_TEXT_FIELDS;
  if (width <= fields.length) {
    const at = isStepTextField(focused) ? fields.indexOf(focused) : 0;
    const from = at + width <= fields.length ? at : 0;
    return fields.slice(from, from + width);
  }
  const extra = width - fields.length;
  const middle = Array.from({ length: extra }, (_, i) => columnCells(rows, i + 1));
  if (holdNoText(middle.flat())) {
    const [activity, ...tail] = fields;
    return [activity, ...middle.map((): ColumnTarget => ({ leftOut: 'executors' })), ...tail];
  }
  return [...fields, ...middle.map((): ColumnTarget => ({ leftOut: 'beyond' }))];
}
