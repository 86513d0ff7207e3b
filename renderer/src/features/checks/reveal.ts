// Where clicking a finding goes: a step finding selects its cell in the grid (a finding about a
// decision's exits opens the editor of its exits), an identity finding opens the Identitas tab
// on its field, an executor finding shows its column.

import type { SopDocument } from '../../../../shared/model';
import type { FindingLocation, StepColumn } from '../../../../shared/rules';
import { executorColumnKey } from '../../state/columns';
import { editorStore } from '../../state/store';
import { openDecisionEditor } from '../../app/decision-editor';
import { useShell } from '../../app/ui-store';

/** The grid column of a finding: exits, symbol and executors point at the step's symbol cell. */
export function gridColumn(doc: SopDocument, stepId: string, column: StepColumn): string {
  if (column === 'executors' || column === 'symbol' || column === 'yes' || column === 'no') {
    const step = doc.steps.find((s) => s.id === stepId);
    const executorId = step?.executors[0] ?? doc.executors[0]?.id;
    return executorId ? executorColumnKey(executorId) : 'activity';
  }
  return column;
}

/** The columns of a decision's exits: their findings are fixed in the decision editor. */
function isExit(column: StepColumn): boolean {
  return column === 'yes' || column === 'no';
}

export function revealFinding(location: FindingLocation): void {
  const shell = useShell.getState();
  const editor = editorStore.getState();
  switch (location.kind) {
    case 'identity':
      shell.focusIdentity(location.field);
      return;
    case 'step':
      if (isExit(location.column) && openDecisionEditor(location.stepId)) return;
      shell.setTab('grid');
      editor.reveal({
        stepId: location.stepId,
        column: gridColumn(editor.document, location.stepId, location.column),
      });
      return;
    case 'executor': {
      shell.setTab('grid');
      const first = editor.document.steps[0];
      if (first)
        editor.reveal({ stepId: first.id, column: executorColumnKey(location.executorId) });
      return;
    }
    case 'document':
      shell.setTab('grid');
  }
}
