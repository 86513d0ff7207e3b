// Commands of the grid that act on the selected cell or range: the history and step commands of
// the toolbar, the row menu and the keyboard, placing symbols, a decision's exits and a joint
// activity. Their labels and keys are in the command table (shared/commands/grid.ts); all edits
// go through the store's named actions.

import type { GridCommandId } from '../../../../shared/commands';
import type { StepSymbol } from '../../../../shared/model';
import { openDecisionEditor } from '../../app/decision-editor';
import type { Handlers } from '../../commands/handlers';
import { commandForCellKey, commandForKeyIn } from '../../commands/keys';
import { isBlankStep } from '../../state/actions';
import { executorIdOf } from '../../state/columns';
import { editorStore } from '../../state/store';
import { canJoin, joinAt, placeSymbolAt } from './placing';
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

/** The commands on the flow of the selected step: a decision's exits, a joint activity. */
export const FLOW_COMMANDS = ['editDecision', 'makeJoint'] as const;

type FlowCommand = (typeof FLOW_COMMANDS)[number];

/** The commands run on one executor cell: its plain keys, or the selected cell's buttons. */
export type CellCommand = SymbolCommand | 'makeJoint';

/** The commands on the history and the rows. */
export type GridCommand = Exclude<GridCommandId, SymbolCommand | FlowCommand>;

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

export const isCellCommand = (id: string): id is CellCommand =>
  id === 'makeJoint' || (SYMBOL_COMMANDS as readonly string[]).includes(id);

const isGridCommandId = (id: string): id is GridCommandId => Object.hasOwn(gridHandlers, id);

/** The command a key pressed in the grid runs, or null. */
export function commandForKey(event: KeyboardEvent): GridCommandId | null {
  const id = commandForKeyIn(event, 'grid');
  return id !== null && isGridCommandId(id) ? id : null;
}

/** The command a plain key runs in an executor cell (any case), or null. */
export function cellCommandForKey(key: string): CellCommand | null {
  const id = commandForCellKey(key);
  return id !== null && isCellCommand(id) ? id : null;
}

/** What each cell command does to the cell of (step, executor). */
export const CELL_ACTIONS: Record<CellCommand, (stepId: string, executorId: string) => boolean> = {
  placeTerminator: (stepId, executorId) => placeSymbolAt(stepId, executorId, 'terminator'),
  placeProcess: (stepId, executorId) => placeSymbolAt(stepId, executorId, 'process'),
  placeDecision: (stepId, executorId) => placeSymbolAt(stepId, executorId, 'decision'),
  clearSymbol: (stepId, executorId) => placeSymbolAt(stepId, executorId, null),
  makeJoint: joinAt,
};

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
  if (command === 'undo') return state.past.length > 0;
  if (command === 'redo') return state.future.length > 0;
  if (command === 'insertStepAbove' || command === 'insertStepBelow') return true;
  const steps = state.document.steps;
  const index = steps.findIndex((s) => s.id === state.selection?.stepId);
  const step = steps[index];
  if (!step) return false;
  const executorId = executorIdOf(state.selection?.column ?? '');
  if (isSymbolCommand(command)) return executorId !== null;
  if (command === 'makeJoint') return executorId !== null && canJoin(step.id, executorId);
  if (command === 'editDecision') return step.symbol === 'decision';
  if (command === 'moveStepUp') return index > 0;
  if (command === 'moveStepDown') return index < steps.length - 1;
  return true;
}

/** Selects the step at `index` in `column` and shows it. */
function revealStepAt(index: number, column: string): void {
  const step = editorStore.getState().document.steps[index];
  if (step) editorStore.getState().reveal({ stepId: step.id, column });
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
  switch (command) {
    case 'insertStepAbove':
    case 'insertStepBelow': {
      const below = command === 'insertStepBelow';
      const at = index === -1 ? steps.length - 1 : index;
      if (!state.apply('insertStep', at, below ? 'below' : 'above')) return false;
      revealStepAt(index === -1 ? steps.length : below ? at + 1 : at, column);
      return true;
    }
    case 'deleteSteps': {
      if (index === -1) return false;
      const [first, last] = selectedRows(index);
      const ids = steps.slice(first, last + 1).map((s) => s.id);
      if (!state.apply('deleteSteps', ids)) return false;
      useRange.getState().clear();
      const remaining = editorStore.getState().document.steps.length;
      if (remaining > 0) revealStepAt(Math.min(first, remaining - 1), column);
      else state.select(null);
      return true;
    }
    case 'duplicateStep': {
      if (index === -1 || !state.apply('duplicateStep', steps[index]?.id ?? '')) return false;
      revealStepAt(index + 1, column);
      return true;
    }
    case 'moveStepUp':
    case 'moveStepDown': {
      const to = command === 'moveStepUp' ? index - 1 : index + 1;
      if (index === -1 || !state.apply('moveStep', index, to)) return false;
      revealStepAt(to, column);
      return true;
    }
  }
}

/**
 * Enter on the last row adds a step below it and moves there, in the same column, so a clerk
 * types one step after another. A blank last row takes no second one.
 */
export function continueAfterLastRow(stepId: string, column: string): boolean {
  const state = editorStore.getState();
  const steps = state.document.steps;
  const last = steps[steps.length - 1];
  if (!last || last.id !== stepId || isBlankStep(last)) return false;
  if (!state.apply('insertStep', steps.length - 1, 'below')) return false;
  revealStepAt(steps.length, column);
  return true;
}

/** Runs a cell command on the selected executor cell. */
export function runOnSelectedCell(command: CellCommand): boolean {
  const selection = editorStore.getState().selection;
  const executorId = executorIdOf(selection?.column ?? '');
  if (!selection || executorId === null) return false;
  return CELL_ACTIONS[command](selection.stepId, executorId);
}

/** Opens the exits' editor of the selected step when it is a decision. */
function editSelectedDecision(): boolean {
  const stepId = editorStore.getState().selection?.stepId;
  return stepId !== undefined && openDecisionEditor(stepId);
}

const run = (command: GridCommand) => () => runGridCommand(command);
const onCell = (command: CellCommand) => () => runOnSelectedCell(command);

export const gridHandlers: Handlers<GridCommandId> = {
  undo: run('undo'),
  redo: run('redo'),
  insertStepAbove: run('insertStepAbove'),
  insertStepBelow: run('insertStepBelow'),
  duplicateStep: run('duplicateStep'),
  moveStepUp: run('moveStepUp'),
  moveStepDown: run('moveStepDown'),
  deleteSteps: run('deleteSteps'),
  placeTerminator: onCell('placeTerminator'),
  placeProcess: onCell('placeProcess'),
  placeDecision: onCell('placeDecision'),
  clearSymbol: onCell('clearSymbol'),
  editDecision: editSelectedDecision,
  makeJoint: onCell('makeJoint'),
};
