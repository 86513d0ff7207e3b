// Putting a step's symbol into an executor (Pelaksana) cell. A step has one performer: placing its
// symbol in another column moves it there. A joint activity (kegiatan bersama) is made only when
// the clerk asks for it (the command, its key, or a click with Ctrl or Alt held). A step that
// becomes a decision opens the editor of its exits at once.

import type { StepSymbol } from '../../../../shared/model';
import { openDecisionEditor } from '../../app/decision-editor';
import { editorStore } from '../../state/store';

function stepOf(stepId: string) {
  return editorStore.getState().document.steps.find((s) => s.id === stepId);
}

/**
 * Places, changes or clears (null) the symbol of a step in one executor's cell. When this makes
 * the step a decision, the exits' editor opens with a suggestion for the clerk to confirm.
 */
export function placeSymbolAt(
  stepId: string,
  executorId: string,
  symbol: StepSymbol | null,
): boolean {
  const wasDecision = stepOf(stepId)?.symbol === 'decision';
  if (!editorStore.getState().apply('setSymbol', stepId, executorId, symbol)) return false;
  if (symbol === 'decision' && !wasDecision) openDecisionEditor(stepId);
  return true;
}

/** Whether an executor can join a step: the step has a performer already, and not this one. */
export function canJoin(stepId: string, executorId: string): boolean {
  const step = stepOf(stepId);
  return step !== undefined && step.executors.length > 0 && !step.executors.includes(executorId);
}

/** Makes the step a joint activity with this executor; false when there is nobody to join. */
export function joinAt(stepId: string, executorId: string): boolean {
  return (
    canJoin(stepId, executorId) && editorStore.getState().apply('joinExecutor', stepId, executorId)
  );
}

/** Whether a click asks for a joint activity rather than a move: Ctrl (⌘ on a Mac) or Alt held. */
export function asksJoint(event: MouseEvent | null): boolean {
  return event !== null && (event.ctrlKey || event.metaKey || event.altKey);
}
