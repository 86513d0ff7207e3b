// Small documents for the editor tests: executors e1..eN and steps with readable activities.

import { emptySop, emptyStep } from '../../../shared/model';
import type { SopDocument, Step, StepSymbol } from '../../../shared/model';

export function docWith(
  steps: Array<Partial<Step> & { activity: string }>,
  executors = ['Staf', 'Kasi', 'Kabid'],
): SopDocument {
  const doc = emptySop();
  return {
    ...doc,
    executors: executors.map((name, i) => ({ id: `e${i + 1}`, name })),
    steps: steps.map((s, i) => ({
      ...emptyStep(`s${i + 1}`, (s.symbol ?? 'process') as StepSymbol),
      ...s,
    })),
  };
}

/** The activities in table order: the simplest view of what the table shows. */
export function activities(doc: SopDocument): string[] {
  return doc.steps.map((s) => s.activity);
}

export function stepById(doc: SopDocument, id: string): Step {
  const step = doc.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}
