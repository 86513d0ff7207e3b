// Pasting into the table (docs/architecture.md, "Paste"). `pasteSteps` takes the rows the paste
// mapping made (state/paste): it never overwrites a filled cell, so rows fill the empty steps at
// the paste point and the rest become new steps inserted there. `pasteCells` writes cells from a
// focused one, the way a single value is pasted and a range is cleared.

import { emptyStep } from '../../../../shared/model';
import type { SopDocument, Step } from '../../../../shared/model';
import { columnKeys, executorIdOf, readExecutorCell } from '../columns';
import type { ColumnKey } from '../columns';
import type { PastedStep } from '../paste/types';
import { clampIndex, isStepTextField, newStepId } from './steps';
import { withSymbol } from './symbols';

/** Whether a pasted row goes into a step without overwriting: every cell it fills is empty. */
function takes(step: Step, pasted: PastedStep): boolean {
  const texts = Object.keys(pasted.texts) as (keyof PastedStep['texts'])[];
  return (
    texts.every((field) => step[field].trim() === '') &&
    (pasted.executors.length === 0 || step.executors.length === 0)
  );
}

/** How many rows, from the first, fill the steps from `at` on before one would overwrite. */
export function fillableCount(doc: SopDocument, at: number, pasted: readonly PastedStep[]): number {
  let count = 0;
  for (const row of pasted) {
    const step = doc.steps[at + count];
    if (!step || !takes(step, row)) break;
    count += 1;
  }
  return count;
}

function filled(step: Step, pasted: PastedStep): Step {
  const next: Step = { ...step, ...pasted.texts };
  if (pasted.symbol === null || pasted.executors.length === 0) return next;
  return withSymbol({ ...next, executors: [...pasted.executors] }, pasted.symbol);
}

/** Pastes mapped rows at step `atIndex`: empty steps there are filled, the others inserted. */
export function pasteSteps(
  doc: SopDocument,
  atIndex: number,
  pasted: readonly PastedStep[],
): SopDocument {
  if (pasted.length === 0) return doc;
  const at = clampIndex(atIndex, doc.steps.length);
  const count = fillableCount(doc, at, pasted);
  const steps = doc.steps.slice();
  pasted.slice(0, count).forEach((row, i) => {
    const step = steps[at + i];
    if (step) steps[at + i] = filled(step, row);
  });
  const taken: string[] = [];
  const created = pasted.slice(count).map((row) => {
    const id = newStepId(doc, taken);
    taken.push(id);
    return filled(emptyStep(id), row);
  });
  steps.splice(at + count, 0, ...created);
  return { ...doc, steps };
}

/** Writes one cell into a step; an executor cell takes a mark or blank, never text. */
function fillCell(step: Step, key: ColumnKey, text: string): Step {
  if (isStepTextField(key)) return step[key] === text ? step : { ...step, [key]: text };
  const executorId = executorIdOf(key);
  const value = readExecutorCell(text);
  if (executorId === null || value === 'text') return step;
  const present = step.executors.includes(executorId);
  if (value === 'empty') {
    return present
      ? { ...step, executors: step.executors.filter((id) => id !== executorId) }
      : step;
  }
  const executors = present ? step.executors : [...step.executors, executorId];
  // The first marked cell of a row decides the symbol of the step.
  return withSymbol(
    { ...step, executors },
    present || step.executors.length === 0 ? value : step.symbol,
  );
}

function fillRow(step: Step, keys: readonly ColumnKey[], cells: readonly string[]): Step {
  let next = step;
  cells.forEach((text, i) => {
    const key = keys[i];
    if (key !== undefined) next = fillCell(next, key, text);
  });
  return next;
}

/**
 * Writes a rectangle of cells with its top-left at (step `atIndex`, column `startColumn`),
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
  const start = clampIndex(atIndex, doc.steps.length);
  const steps = doc.steps.slice();
  const taken: string[] = [];
  rows.forEach((cells, r) => {
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
