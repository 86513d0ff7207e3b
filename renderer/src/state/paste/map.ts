// The paste mapping (docs/architecture.md, "Paste"): what a pasted block becomes, as a pure
// function of the document, the block and where it lands. A single value goes into the focused
// cell; a block is mapped by its title row when it has one, else by its shape, and its rows
// become steps. Marks become symbols only in executor columns; text never does. A paste past the
// step limit is refused whole.

import { MAX_STEPS } from '../../../../shared/limits';
import type { SopDocument, TimeUnit } from '../../../../shared/model';
import { fillableCount } from '../actions/paste';
import { isStepTextField } from '../actions/steps';
import { columnKeys, executorIdOf, readExecutorCell } from '../columns';
import type { ColumnKey } from '../columns';
import { columnCells, contentRows } from './block';
import { columnsByHeader } from './header';
import { columnsByShape } from './shape';
import type { BlockColumns, LeftOut, PastePlan, PastedStep, PasteTarget, StepsPlan } from './types';

export function planPaste(
  doc: SopDocument,
  pasted: readonly (readonly string[])[],
  target: PasteTarget,
): PastePlan | null {
  const rows = contentRows(pasted);
  const first = rows[0];
  if (!first) return null;
  const at = target ? Math.max(0, Math.min(doc.steps.length, target.index)) : doc.steps.length;
  const single = rows.length === 1 && first.length === 1 ? (first[0] ?? '') : null;
  // On the No column a value is a new step's Kegiatan, as rows pasted there are.
  if (single !== null && target && target.column !== 'number' && doc.steps[at]) {
    return singleValue(at, target.column, single);
  }
  const block =
    columnsByHeader(doc, rows) ?? columnsByShape(doc, rows, target?.column ?? 'activity');
  const plan = stepsPlan(doc, at, block);
  const count = doc.steps.length + plan.steps.length - fillableCount(doc, at, plan.steps);
  return count > MAX_STEPS ? { kind: 'too-many', count } : plan;
}

/** Today's single-cell paste: text into a text cell, a mark into an executor cell. */
function singleValue(index: number, column: ColumnKey, text: string): PastePlan {
  if (executorIdOf(column) !== null && readExecutorCell(text) === 'text') {
    return { kind: 'steps', at: index, steps: [], columns: [], byHeader: false, leftOut: none(1) };
  }
  return { kind: 'cell', index, column, text };
}

function none(textInExecutor = 0): LeftOut {
  return { headers: [], executorColumns: 0, beyondColumns: 0, textInExecutor };
}

function stepsPlan(doc: SopDocument, at: number, block: BlockColumns): StepsPlan {
  const leftOut = none();
  const steps = block.rows
    .map((row) => pastedStep(row, block, leftOut))
    .filter((step) => Object.keys(step.texts).length > 0 || step.executors.length > 0);
  block.targets.forEach((target, i) => {
    if (typeof target === 'string' || !columnCells(block.rows, i).some((c) => c.trim() !== '')) {
      return;
    }
    if (target.leftOut === 'header') {
      if (!leftOut.headers.includes(target.label)) leftOut.headers.push(target.label);
    } else if (target.leftOut === 'executors') leftOut.executorColumns += 1;
    else leftOut.beyondColumns += 1;
  });
  const columns = columnKeys(doc).filter((key) => steps.some((step) => fills(step, key)));
  return { kind: 'steps', at, steps, columns, byHeader: block.byHeader, leftOut };
}

function fills(step: PastedStep, key: ColumnKey): boolean {
  const executorId = executorIdOf(key);
  if (executorId !== null) return step.executors.includes(executorId);
  return isStepTextField(key) && step.texts[key] !== undefined;
}

/** One row in the document's terms; texts standing in executor columns are counted, not placed. */
function pastedStep(row: readonly string[], block: BlockColumns, leftOut: LeftOut): PastedStep {
  const step: PastedStep = { texts: {}, executors: [], symbol: null };
  block.targets.forEach((target, i) => {
    const cell = (row[i] ?? '').trim();
    if (cell === '' || typeof target !== 'string') return;
    if (isStepTextField(target)) {
      const text = target === 'time' ? withUnit(cell, block.timeUnit) : cell;
      const before = step.texts[target];
      step.texts[target] = before === undefined ? text : `${before}\n${text}`;
      return;
    }
    const executorId = executorIdOf(target);
    if (executorId === null) return;
    const value = readExecutorCell(cell);
    if (value === 'text') leftOut.textInExecutor += 1;
    else if (value !== 'empty' && !step.executors.includes(executorId)) {
      step.executors.push(executorId);
      // The first mark of a row decides the step's symbol, as in the grid.
      step.symbol ??= value;
    }
  });
  return step;
}

/** `15` under a `Waktu (menit)` title is `15 menit`. */
function withUnit(text: string, unit: TimeUnit | null): string {
  return unit !== null && /^\d+(?:[.,]\d+)?$/.test(text) ? `${text} ${unit}` : text;
}
