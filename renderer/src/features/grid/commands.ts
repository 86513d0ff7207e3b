// Commands of the grid that act on the selected cell or range: the step and history commands of
// the toolbar and the keyboard, and placing symbols. All edits go through the store's named actions.

import type { StepSymbol } from '../../../../shared/model';
import { actionInfo, commandShortcuts } from '../../state/actions';
import { executorIdOf } from '../../state/columns';
import { matchesShortcut } from '../../state/shortcuts';
import { editorStore } from '../../state/store';
import { useRange } from './range';

export type GridCommand =
  | 'undo'
  | 'redo'
  | 'insertStepAbove'
  | 'insertStepBelow'
  | 'deleteSteps'
  | 'duplicateStep'
  | 'moveStepUp'
  | 'moveStepDown';

/** The step commands offered by the toolbar and the row menu, in their order. */
export const STEP_COMMANDS: GridCommand[] = [
  'insertStepAbove',
  'insertStepBelow',
  'duplicateStep',
  'moveStepUp',
  'moveStepDown',
  'deleteSteps',
];

/** The symbols a step can take, as offered by the toolbar and the row menu. */
export const SYMBOLS: StepSymbol[] = ['terminator', 'process', 'decision'];

const SHORTCUTS: Record<GridCommand, string[]> = {
  ...commandShortcuts,
  deleteSteps: [actionInfo.deleteSteps.shortcut ?? 'Mod+Delete'],
  duplicateStep: [actionInfo.duplicateStep.shortcut ?? 'Mod+D'],
};

export function commandShortcut(command: GridCommand): string {
  return SHORTCUTS[command][0] ?? '';
}

export function commandForKey(event: KeyboardEvent): GridCommand | null {
  for (const [command, shortcuts] of Object.entries(SHORTCUTS) as [GridCommand, string[]][]) {
    if (shortcuts.some((s) => matchesShortcut(event, s))) return command;
  }
  return null;
}

/** Rows covered by the range when it spans the selected row, else just the selected row. */
function selectedRows(selectedIndex: number): [number, number] {
  const { anchor, focus } = useRange.getState();
  if (anchor && focus && (anchor.row === selectedIndex || focus.row === selectedIndex)) {
    return [Math.min(anchor.row, focus.row), Math.max(anchor.row, focus.row)];
  }
  return [selectedIndex, selectedIndex];
}

export function canRun(command: GridCommand): boolean {
  const state = editorStore.getState();
  if (command === 'undo') return state.past.length > 0;
  if (command === 'redo') return state.future.length > 0;
  const steps = state.document.steps;
  const index = steps.findIndex((s) => s.id === state.selection?.stepId);
  if (command === 'insertStepAbove' || command === 'insertStepBelow') return true;
  if (index === -1) return false;
  if (command === 'moveStepUp') return index > 0;
  if (command === 'moveStepDown') return index < steps.length - 1;
  return true;
}

/** Runs a command; focus follows the step it created or moved. False when it did not apply. */
export function runGridCommand(command: GridCommand): boolean {
  const state = editorStore.getState();
  if (command === 'undo' || command === 'redo') {
    if (!canRun(command)) return false;
    state[command]();
    return true;
  }
  const steps = state.document.steps;
  const column = state.selection?.column ?? 'activity';
  const index = steps.findIndex((s) => s.id === state.selection?.stepId);
  const focusAt = (at: number) => {
    const step = editorStore.getState().document.steps[at];
    if (step) editorStore.getState().reveal({ stepId: step.id, column });
  };
  switch (command) {
    case 'insertStepAbove':
    case 'insertStepBelow': {
      const below = command === 'insertStepBelow';
      const at = index === -1 ? steps.length - 1 : index;
      if (!state.apply('insertStep', at, below ? 'below' : 'above')) return false;
      focusAt(index === -1 ? steps.length : below ? at + 1 : at);
      return true;
    }
    case 'deleteSteps': {
      if (index === -1) return false;
      const [first, last] = selectedRows(index);
      const ids = steps.slice(first, last + 1).map((s) => s.id);
      if (!state.apply('deleteSteps', ids)) return false;
      useRange.getState().clear();
      const remaining = editorStore.getState().document.steps.length;
      if (remaining > 0) focusAt(Math.min(first, remaining - 1));
      else state.select(null);
      return true;
    }
    case 'duplicateStep': {
      if (index === -1 || !state.apply('duplicateStep', steps[index]?.id ?? '')) return false;
      focusAt(index + 1);
      return true;
    }
    case 'moveStepUp':
    case 'moveStepDown': {
      const to = command === 'moveStepUp' ? index - 1 : index + 1;
      if (index === -1 || !state.apply('moveStep', index, to)) return false;
      focusAt(to);
      return true;
    }
  }
}

/** Places, changes or clears (null) the symbol in the selected executor cell. */
export function placeSymbol(symbol: StepSymbol | null): boolean {
  const state = editorStore.getState();
  const executorId = executorIdOf(state.selection?.column ?? '');
  const stepId = state.selection?.stepId;
  if (!stepId || executorId === null) return false;
  return state.apply('setSymbol', stepId, executorId, symbol);
}

/** Keys of an executor cell: 1/P process, 2/K decision, 3/T terminator, Delete/Backspace clear. */
export const SYMBOL_KEYS: Record<StepSymbol | 'clear', string[]> = {
  process: ['1', 'P'],
  decision: ['2', 'K'],
  terminator: ['3', 'T'],
  clear: ['Delete', 'Backspace'],
};

/** The symbol a key places in an executor cell, 'clear' to empty it, null for other keys. */
export function symbolForKey(key: string): StepSymbol | 'clear' | null {
  const pressed = key.toLowerCase();
  for (const [symbol, keys] of Object.entries(SYMBOL_KEYS) as [StepSymbol | 'clear', string[]][]) {
    if (keys.some((k) => k.toLowerCase() === pressed)) return symbol;
  }
  return null;
}
