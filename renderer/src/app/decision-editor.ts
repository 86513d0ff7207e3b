// Which decision (Keputusan) has its exits' editor open. The grid draws the editor beside the
// diamond; the grid's command, its keys and clicks, and the checks panel's findings open it.

import { create } from 'zustand';
import type { Step } from '../../../shared/model';
import { executorColumnKey } from '../state/columns';
import { editorStore } from '../state/store';
import { useShell } from './ui-store';

type DecisionEditorState = {
  /** The decision step being edited, or null when the editor is closed. */
  stepId: string | null;
};

export const useDecisionEditor = create<DecisionEditorState>(() => ({ stepId: null }));

/** The diamond's cell to show: the selected one of a joint activity, else its first. */
function diamondColumn(step: Step, selected: string | undefined): string {
  const executorId =
    step.executors.find((id) => executorColumnKey(id) === selected) ?? step.executors[0];
  return executorId ? executorColumnKey(executorId) : 'activity';
}

/**
 * Opens the exits' editor of a decision on the flowchart tab, with its diamond scrolled into view
 * and selected (the editor sits beside it, and the focus goes back there when it closes).
 * False when the step is not a decision.
 */
export function openDecisionEditor(stepId: string): boolean {
  const editor = editorStore.getState();
  const step = editor.document.steps.find((s) => s.id === stepId);
  if (!step || step.symbol !== 'decision') return false;
  useShell.getState().setTab('grid');
  editor.reveal({ stepId, column: diamondColumn(step, editor.selection?.column) });
  useDecisionEditor.setState({ stepId });
  return true;
}

export function closeDecisionEditor(): void {
  useDecisionEditor.setState({ stepId: null });
}
