// Commands of the grid that act on the selected cell or range: the history and step commands of
// the toolbar, the row menu and the keyboard, and placing symbols. Their labels and keys are in
// the command table (shared/commands/grid.ts); all edits go through the store's named actions.

import type { GridCommandId } from '../../../../shared/commands';
import type { StepSymbol } from '../../../../shared/model';
import type { Handlers } from '../../commands/handlers';
import { commandForCellKey, commandForKeyIn } from '../../commands/keys';
import { executorIdOf } from '../../state/columns';
import { editorStore } from '../../state/store';
import { useRange } from './range';

/** The symbols a step can take, in the order the toolbar and the row menu offer them. */
export const SYMBOLS: readonly StepSymbol[] = ['terminator', 'process', 'decision'];

/** The command that places each symbol in an executor cell. */
export const SYMBOL_COMMAND = {
  terminator: 'placeTerminator',
  process: 'placeProcess',
  decision: 'placeDecision',
} as const satisfies Record<StepSymbol, GridCommandId>;

type SymbolCommand = (typeof SYMBOL_COMMAND)[StepSymbol] | 'clearSymbol';

/** The symbol commands, as the toolbar and the row menu offer them: the symbols, then clear. */
export const SYMBOL_COMMANDS: readonly SymbolCommand[] = [
  ...SYMBOLS.map((symbol) => SYMBOL_COMMAND[symbol]),
  'clearSymbol',
];

/** The commands on the history and the rows (everything but the symbols). */
export type GridCommand = Exclude<GridCommandId, SymbolCommand>;

export const HISTORY_COMMANDS: readonly GridCommand[] = ['undo', 'redo'];

/** The step commands offered by the toolbar and the row menu, in their order. */
export const STEP_COMMANDS: readonly GridCommand[] = [
  'insertStepAbove',
  'insertStepBelow',
  'duplicateStep',
  'moveStepUp',
  'moveStepDown',
  'deleteSteps',
];

/** The symbol a command places, if it places one. */
export function symbolOf(id: string): StepSymbol | undefined {
  return SYMBOLS.find((symbol) => SYMBOL_COMMAND[symbol] === id);
}

export const isSymbolCommand = (id: GridCommandId): id is SymbolCommand =>
  (SYMBOL_COMMANDS as readonly string[]).includes(id);

const isGridCommand = (id: string): id is GridCommand =>
  (HISTORY_COMMANDS as readonly string[]).includes(id) ||
  (STEP_COMMANDS as readonly string[]).includes(id);

/** The command a key pressed in the grid runs, or null. */
export function commandForKey(event: KeyboardEvent): GridCommand | null {
  const id = commandForKeyIn(event, 'grid');
  return id !== null && isGridCommand(id) ? id : null;
}

/** Rows covered by the range when it spans the selected row, else just the selected row. */
function selectedRows(selectedIndex: number): [number, number] {
  const { anchor, focus } = useRange.getState();
  if (anchor && focus && (anchor.row === selectedIndex || focus.row === selectedIndex)) {
    return [Math.min(anchor.row, focus.row), Math.max(anchor.row, focus.row)];
  }
  return [selectedIndex, selectedIndex];
}

/** Whether a command applies now: symbols need an executor cell, steps a selected step. */
export function canRun(command: GridCommandId): boolean {
  const state = editorStore.getState();
  if (isSymbolCommand(command)) return executorIdOf(state.selection?.column ?? '') !== null;
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

/** The symbol a key places in an executor cell, 'clear' to empty it, null for other keys. */
export function symbolForKey(key: string): StepSymbol | 'clear' | null {
  const id = commandForCellKey(key);
  if (id === 'clearSymbol') return 'clear';
  return (id && symbolOf(id)) ?? null;
}

const run = (command: GridCommand) => () => runGridCommand(command);
const place = (symbol: StepSymbol | null) => () => placeSymbol(symbol);

export const gridHandlers: Handlers<GridCommandId> = {
  undo: run('undo'),
  redo: run('redo'),
  insertStepAbove: run('insertStepAbove'),
  insertStepBelow: run('insertStepBelow'),
  duplicateStep: run('duplicateStep'),
  moveStepUp: run('moveStepUp'),
  moveStepDown: run('moveStepDown'),
  deleteSteps: run('deleteSteps'),
  placeTerminator: place('terminator'),
  placeProcess: place('process'),
  placeDecision: place('decision'),
  clearSymbol: place(null),
};
