// Step (Langkah) actions: insert, delete, duplicate, move, edit a text field. Each is a pure
// function of the document returning a new one; untouched steps are kept by reference.

import { emptyStep, nextId } from '../../../../shared/model';
import type { SopDocument, Step } from '../../../../shared/model';

/** The free-text columns of a step, in table order. */
export const STEP_TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;
export type StepTextField = (typeof STEP_TEXT_FIELDS)[number];

export function isStepTextField(value: string): value is StepTextField {
  return (STEP_TEXT_FIELDS as readonly string[]).includes(value);
}

/** A fresh step id not used in the document. */
export function newStepId(doc: SopDocument, taken: Iterable<string> = []): string {
  return nextId('s', [...doc.steps.map((s) => s.id), ...taken]);
}

export function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** Replaces one step through `change`; returns the same document when nothing changed. */
export function updateStep(
  doc: SopDocument,
  stepId: string,
  change: (step: Step) => Step,
): SopDocument {
  const index = doc.steps.findIndex((s) => s.id === stepId);
  const current = doc.steps[index];
  if (!current) return doc;
  const next = change(current);
  if (next === current) return doc;
  const steps = doc.steps.slice();
  steps[index] = next;
  return { ...doc, steps };
}

/**
 * Inserts an empty step above or below the step at `index` (an empty table takes it as the first
 * step). The new step has no executor, so it shows no symbol until the clerk places one: a
 * symbol guessed from the neighbour was wrong as often as right and went unnoticed.
 */
export function insertStep(
  doc: SopDocument,
  index: number,
  position: 'above' | 'below' = 'below',
): SopDocument {
  const neighbour = doc.steps[index];
  const at = neighbour
    ? position === 'above'
      ? index
      : index + 1
    : clampIndex(index, doc.steps.length);
  const steps = doc.steps.slice();
  steps.splice(at, 0, emptyStep(newStepId(doc)));
  return { ...doc, steps };
}

/** A step with no text in any column and no executor: a row still to be filled in. */
export function isBlankStep(step: Step): boolean {
  return (
    step.executors.length === 0 && STEP_TEXT_FIELDS.every((field) => step[field].trim() === '')
  );
}

/** Deletes steps; decision exits that pointed at a deleted step fall back to "the next step". */
export function deleteSteps(doc: SopDocument, stepIds: readonly string[]): SopDocument {
  const gone = new Set(stepIds);
  if (!doc.steps.some((s) => gone.has(s.id))) return doc;
  const steps = doc.steps
    .filter((s) => !gone.has(s.id))
    .map((s) => {
      const yes = s.yes !== null && gone.has(s.yes) ? null : s.yes;
      const no = s.no !== null && gone.has(s.no) ? null : s.no;
      return yes === s.yes && no === s.no ? s : { ...s, yes, no };
    });
  return { ...doc, steps };
}

/** Inserts a copy of a step right below it, with a new id. */
export function duplicateStep(doc: SopDocument, stepId: string): SopDocument {
  const index = doc.steps.findIndex((s) => s.id === stepId);
  const original = doc.steps[index];
  if (!original) return doc;
  const copy: Step = {
    ...original,
    id: newStepId(doc),
    executors: [...original.executors],
    labels: original.labels ? [original.labels[0], original.labels[1]] : null,
  };
  const steps = doc.steps.slice();
  steps.splice(index + 1, 0, copy);
  return { ...doc, steps };
}

/**
 * Moves the step at index `from` to index `to` (its position after the move). Decision exits are
 * step ids, so they keep pointing at the same steps wherever those go.
 */
export function moveStep(doc: SopDocument, from: number, to: number): SopDocument {
  const step = doc.steps[from];
  const target = clampIndex(to, doc.steps.length - 1);
  if (!step || target === from) return doc;
  const steps = doc.steps.slice();
  steps.splice(from, 1);
  steps.splice(target, 0, step);
  return { ...doc, steps };
}

/** Sets one text column of a step (Kegiatan, Kelengkapan, Waktu, Output, Keterangan). */
export function setStepField(
  doc: SopDocument,
  stepId: string,
  field: StepTextField,
  value: string,
): SopDocument {
  return updateStep(doc, stepId, (step) =>
    step[field] === value ? step : { ...step, [field]: value },
  );
}
