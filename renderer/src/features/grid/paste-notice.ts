// The notice after a paste of rows: how many steps, into which columns, where they went, and what
// was left out, so a paste never changes the table without a word.

import type { SopDocument } from '../../../../shared/model';
import { fill } from '../../i18n';
import { isStepTextField } from '../../state/actions';
import { fillableCount } from '../../state/actions/paste';
import { executorIdOf } from '../../state/columns';
import type { ColumnKey } from '../../state/columns';
import type { LeftOut, StepsPlan } from '../../state/paste/types';
import type { GridText } from './strings';

function range(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

function columnName(doc: SopDocument, key: ColumnKey, t: GridText): string {
  const executorId = executorIdOf(key);
  if (executorId === null) return isStepTextField(key) ? t[key] : key;
  return doc.executors.find((e) => e.id === executorId)?.name || t.unnamed;
}

function leftOutItems(leftOut: LeftOut, t: GridText): string[] {
  const items: string[] = [];
  if (leftOut.headers.length > 0) {
    const labels = leftOut.headers.map((label) => `«${label || t.untitledColumn}»`).join(', ');
    items.push(fill(t.leftOutHeaders, { labels }));
  }
  if (leftOut.executorColumns > 0) {
    items.push(fill(t.leftOutExecutors, { count: leftOut.executorColumns }));
  }
  if (leftOut.beyondColumns > 0)
    items.push(fill(t.leftOutBeyond, { count: leftOut.beyondColumns }));
  if (leftOut.textInExecutor > 0) {
    items.push(fill(t.leftOutTexts, { count: leftOut.textInExecutor }));
  }
  return items;
}

/** Whether the plan leaves something out: the notice then stays until it is dismissed. */
export function leavesOut(plan: StepsPlan): boolean {
  const { headers, executorColumns, beyondColumns, textInExecutor } = plan.leftOut;
  return headers.length + executorColumns + beyondColumns + textInExecutor > 0;
}

/** The notice of `plan` pasted into `doc` (the document before the paste). */
export function pasteNotice(doc: SopDocument, plan: StepsPlan, t: GridText): string {
  const sentences: string[] = [];
  const count = plan.steps.length;
  if (count === 0) sentences.push(t.pasteNothing);
  else {
    const columns = plan.columns.map((key) => columnName(doc, key, t)).join(', ');
    sentences.push(fill(plan.byHeader ? t.pastedByHeader : t.pasted, { count, columns }));
    const filled = fillableCount(doc, plan.at, plan.steps);
    if (filled > 0) {
      sentences.push(fill(t.pasteFilled, { range: range(plan.at + 1, plan.at + filled) }));
    }
    if (filled < count) {
      const inserted = range(plan.at + filled + 1, plan.at + count);
      sentences.push(fill(t.pasteInserted, { range: inserted }));
    }
  }
  const items = leftOutItems(plan.leftOut, t);
  if (items.length > 0) sentences.push(fill(t.pasteLeftOut, { items: items.join('; ') }));
  return sentences.join(' ');
}
