// The registry of editor actions (STYLE.md habit 7): every document edit by name, with its label
// and shortcut, so the grid, menus, toolbar, keyboard and the undo history call the same thing.

import type { SopDocument } from '../../../../shared/model';
import type { ActionLabel } from '../strings';
import type { Shortcut } from '../shortcuts';
import { addExecutor, moveExecutor, removeExecutor, renameExecutor } from './executors';
import {
  setApprover,
  setExtraSections,
  setIdentityField,
  setIdentityList,
  setLogo,
  setPrintSetting,
} from './identity';
import { pasteCells, pasteRows } from './paste';
import { setDecisionTargets, setSymbol } from './symbols';
import { deleteSteps, duplicateStep, insertStep, moveStep, setStepField } from './steps';

export const actions = {
  insertStep,
  deleteSteps,
  duplicateStep,
  moveStep,
  setStepField,
  setSymbol,
  setDecisionTargets,
  addExecutor,
  renameExecutor,
  moveExecutor,
  removeExecutor,
  pasteRows,
  pasteCells,
  setIdentityField,
  setIdentityList,
  setApprover,
  setLogo,
  setExtraSections,
  setPrintSetting,
};

type Actions = typeof actions;
export type ActionName = keyof Actions;
export type ActionArgs<N extends ActionName> = Actions[N] extends (
  doc: SopDocument,
  ...args: infer A
) => SopDocument
  ? A
  : never;

export type ActionInfo<N extends ActionName> = {
  label: ActionLabel;
  shortcut?: Shortcut;
  /**
   * Consecutive runs with the same key merge into one undo step (typing in one field); the
   * history seals a run when the field loses focus or another action runs.
   */
  coalesceKey?: (...args: ActionArgs<N>) => string;
};

export const actionInfo: { [N in ActionName]: ActionInfo<N> } = {
  insertStep: { label: 'insertStep', shortcut: 'Mod+Enter' },
  deleteSteps: { label: 'deleteSteps', shortcut: 'Mod+Delete' },
  duplicateStep: { label: 'duplicateStep', shortcut: 'Mod+D' },
  moveStep: { label: 'moveStep' },
  setStepField: {
    label: 'setStepField',
    coalesceKey: (stepId, field) => `step:${stepId}:${field}`,
  },
  setSymbol: { label: 'setSymbol' },
  setDecisionTargets: { label: 'setDecisionTargets' },
  addExecutor: { label: 'addExecutor' },
  renameExecutor: { label: 'renameExecutor' },
  moveExecutor: { label: 'moveExecutor' },
  removeExecutor: { label: 'removeExecutor' },
  pasteRows: { label: 'pasteRows' },
  pasteCells: { label: 'pasteCells', shortcut: 'Mod+V' },
  setIdentityField: { label: 'setIdentityField', coalesceKey: (field) => `identity:${field}` },
  setIdentityList: { label: 'setIdentityList', coalesceKey: (field) => `list:${field}` },
  setApprover: { label: 'setApprover', coalesceKey: (field) => `approver:${field}` },
  setLogo: { label: 'setLogo' },
  setExtraSections: { label: 'setExtraSections', coalesceKey: () => 'extraSections' },
  setPrintSetting: { label: 'setPrintSetting' },
};

/** Shortcuts that are not document actions: the history and the row commands of the grid. */
export const commandShortcuts = {
  undo: ['Mod+Z'],
  redo: ['Mod+Y', 'Mod+Shift+Z'],
  insertStepAbove: ['Mod+Shift+Enter'],
  insertStepBelow: ['Mod+Enter'],
  moveStepUp: ['Alt+ArrowUp'],
  moveStepDown: ['Alt+ArrowDown'],
} satisfies Partial<Record<ActionLabel, Shortcut[]>>;

/** Runs an action by name. */
export function runAction<N extends ActionName>(
  doc: SopDocument,
  name: N,
  args: ActionArgs<N>,
): SopDocument {
  const fn = actions[name] as unknown as (doc: SopDocument, ...a: ActionArgs<N>) => SopDocument;
  return fn(doc, ...args);
}

export { STEP_TEXT_FIELDS, isStepTextField } from './steps';
export type { StepTextField } from './steps';
export { stepsUsingExecutor } from './executors';
