// Pasting tab-separated text (from Excel, Word, LibreOffice or the grid itself) into the table:
// whole rows become new steps, a range fills cells from the focused one and adds steps as needed.

import { emptyStep } from '../../../../shared/model';
import type { SopDocument, Step } from '../../../../shared/model';
import { columnKeys, executorColumnKey, executorIdOf, symbolFromMark } from '../columns';
import type { ColumnKey } from '../columns';
import { isStepTextField, newStepId } from './steps';

const NUMBER_CELL = /^\s*\d{1,4}\s*[.)]?\s*$/;

/** Drops a leading "No" column: every row starts with a number (or nothing) and has more cells. */
export function dropNumberColumn(rows: string[][]): string[][] {
  const numbered =
    rows.length > 0 &&
    rows.every(
      (r) => r.length > 1 && (NUMBER_CELL.test(r[0] ?? '') || (r[0] ?? '').trim() === ''),
    ) &&
    rows.some((r) => NUMBER_CELL.test(r[0] ?? ''));
  return numbered ? rows.map((r) => r.slice(1)) : rows;
}

/** Writes one pasted cell into a step; executor cells place or clear the step's symbol. */
function fillCell(step: Step, key: ColumnKey, text: string): Step {
  if (isStepTextField(key)) return step[key] === text ? step : { ...step, [key]: text };
  const executorId = executorIdOf(key);
  if (executorId === null) return step;
  const symbol = symbolFromMark(text);
  const present = step.executors.includes(executorId);
  if (symbol === null) {
    return present
      ? { ...step, executors: step.executors.filter((id) => id !== executorId) }
      : step;
  }
  const executors = present ? step.executors : [...step.executors, executorId];
  // The first marked cell of a row decides the symbol of the step.
  const next = present || step.executors.length === 0 ? symbol : step.symbol;
  if (next === 'decision') return { ...step, executors, symbol: next };
  return { ...step, executors, symbol: next, yes: null, no: null, labels: null };
}

function fillRow(step: Step, keys: readonly ColumnKey[], cells: readonly string[]): Step {
  let filled = step;
  cells.forEach((text, i) => {
    const key = keys[i];
    if (key !== undefined) filled = fillCell(filled, key, text);
  });
  return filled;
}

/**
 * The columns pasted rows map to. Up to five cells: Kegiatan, Kelengkapan, Waktu, Output,
 * Keterangan (text from Word or a simple list). Wider rows follow the table: Kegiatan, the
 * executor columns in order, then the four last columns.
 */
function rowLayout(doc: SopDocument, width: number): ColumnKey[] {
  const tail: ColumnKey[] = ['requirements', 'time', 'output', 'notes'];
  if (width <= 5) return ['activity', ...tail];
  const executorCells = width - 5;
  const executors: ColumnKey[] = [];
  for (let i = 0; i < executorCells; i += 1) {
    const executor = doc.executors[i];
    // Columns beyond the document's executors are skipped by mapping them to the number column.
    executors.push(executor ? executorColumnKey(executor.id) : 'number');
  }
  return ['activity', ...executors, ...tail];
}

/** Inserts one new step per pasted row at `atIndex`; blank rows are skipped. */
export function pasteRows(doc: SopDocument, atIndex: number, rows: string[][]): SopDocument {
  const content = dropNumberColumn(rows.filter((r) => r.some((c) => c.trim() !== '')));
  if (content.length === 0) return doc;
  const width = Math.max(...content.map((r) => r.length));
  const keys = rowLayout(doc, width);
  const taken: string[] = [];
  const created = content.map((cells) => {
    const id = newStepId(doc, taken);
    taken.push(id);
    return fillRow(emptyStep(id), keys, cells);
  });
  const at = Math.max(0, Math.min(doc.steps.length, Math.trunc(atIndex)));
  const steps = doc.steps.slice();
  steps.splice(at, 0, ...created);
  return { ...doc, steps };
}

/**
 * Pastes a rectangular range with its top-left cell at (step `atIndex`, column `startColumn`),
 * following the table's column order; rows beyond the last step become new steps.
 */
export function pasteCells(
  doc: SopDocument,
  atIndex: number,
  startColumn: ColumnKey,
  rows: string[][],
): SopDocument {
  const allKeys = columnKeys(doc);
  const startAt = allKeys.indexOf(startColumn);
  if (startAt === -1 || rows.length === 0) return doc;
  const keys = allKeys.slice(startAt);
  const content = startColumn === 'activity' ? dropNumberColumn(rows) : rows;
  const start = Math.max(0, Math.min(doc.steps.length, Math.trunc(atIndex)));
  const steps = doc.steps.slice();
  const taken: string[] = [];
  content.forEach((cells, r) => {
    const index = start + r;
    let step = steps[index];
    if (!step) {
      const id = newStepId(doc, taken);
      taken.push(id);
      step = emptyStep(id);
    }
    steps[index] = fillRow(step, keys, cells);
  });
  return { ...doc, steps };
}
