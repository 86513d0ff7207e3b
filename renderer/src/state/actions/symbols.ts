// Symbol actions: placing, changing and clearing a step's symbol in an executor (Pelaksana) cell,
// and the exits of a decision (Keputusan).

import type { SopDocument, Step, StepSymbol } from '../../../../shared/model';
import { updateStep } from './steps';

/** A step that is no longer a decision keeps no exits, so stale targets never resurface. */
export function withSymbol(step: Step, symbol: StepSymbol): Step {
  if (symbol === 'decision') return { ...step, symbol };
  return { ...step, symbol, yes: null, no: null, labels: null };
}

/**
 * Places `symbol` in the cell of (step, executor). A step has one performer unless the clerk
 * asks for a joint activity (`joinExecutor`), so placing it in another executor's cell moves the
 * step there; placing it in a cell the step already has changes the symbol of the whole row.
 * `null` clears the cell: the executor leaves the step; without executors the step keeps its
 * symbol kind but draws nothing until an executor cell is set again.
 */
export function setSymbol(
  doc: SopDocument,
  stepId: string,
  executorId: string,
  symbol: StepSymbol | null,
): SopDocument {
  if (!doc.executors.some((e) => e.id === executorId)) return doc;
  return updateStep(doc, stepId, (step) => {
    const present = step.executors.includes(executorId);
    if (symbol === null) {
      if (!present) return step;
      return { ...step, executors: step.executors.filter((id) => id !== executorId) };
    }
    if (present && step.symbol === symbol) return step;
    const executors = present ? step.executors : [executorId];
    return withSymbol({ ...step, executors }, symbol);
  });
}

/**
 * Makes a step a joint activity (kegiatan bersama): the executor joins the ones already there,
 * and its cell shows the step's symbol, joined to the others by a line.
 */
export function joinExecutor(doc: SopDocument, stepId: string, executorId: string): SopDocument {
  if (!doc.executors.some((e) => e.id === executorId)) return doc;
  return updateStep(doc, stepId, (step) =>
    step.executors.includes(executorId)
      ? step
      : { ...step, executors: [...step.executors, executorId] },
  );
}

/**
 * Sets a decision's exits: `yes`/`no` are step ids or null for "the next step"; `labels` null
 * means the default Ya / Tidak. Unknown target ids are refused as null rather than stored.
 */
export function setDecisionTargets(
  doc: SopDocument,
  stepId: string,
  yes: string | null,
  no: string | null,
  labels: [string, string] | null,
): SopDocument {
  const known = (id: string | null) =>
    id !== null && doc.steps.some((s) => s.id === id) ? id : null;
  return updateStep(doc, stepId, (step) => {
    if (step.symbol !== 'decision') return step;
    const cleanLabels: [string, string] | null =
      labels && (labels[0].trim() || labels[1].trim()) ? [labels[0], labels[1]] : null;
    return { ...step, yes: known(yes), no: known(no), labels: cleanLabels };
  });
}
