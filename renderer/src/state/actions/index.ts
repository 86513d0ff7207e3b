// The registry of editor actions (docs/architecture.md): every document edit by name, so the
// grid, the forms, the commands and the undo history call the same thing. The commands people
// run (with their labels and keys) are in the command table, shared/commands.

import type { SopDocument } from '../../../../shared/model';
import { addExecutor, moveExecutor, removeExecutor, renameExecutor } from './executors';
import {
  setApprover,
  setExtraSections,
  setIdentityField,
  setIdentityList,
  setLogo,
  setPrintSetting,
} from './identity';
import { pasteCells, pasteSteps } from './paste';
import { joinExecutor, setDecisionTargets, setSymbol } from './symbols';
import { deleteSteps, duplicateStep, insertStep, moveStep, setStepField } from './steps';

export const actions = {
  insertStep,
  deleteSteps,
  duplicateStep,
  moveStep,
  setStepField,
  setSymbol,
  joinExecutor,
  setDecisionTargets,
  addExecutor,
  renameExecutor,
  moveExecutor,
  removeExecutor,
  pasteSteps,
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

/**
 * Consecutive runs of these actions with the same key merge into one undo step (typing in one
 * field); the history seals a run when the field loses focus or another action runs.
 */
export const coalesceKeys: { [N in ActionName]?: (...args: ActionArgs<N>) => string } = {
  setStepField: (stepId, field) => `step:${stepId}:${field}`,
  setIdentityField: (field) => `identity:${field}`,
  setIdentityList: (field) => `list:${field}`,
  setApprover: (field) => `approver:${field}`,
  setExtraSections: () => 'extraSections',
};

/** Runs an action by name. */
export function runAction<N extends ActionName>(
  doc: SopDocument,
  name: N,
  args: ActionArgs<N>,
): SopDocument {
  const fn = actions[name] as unknown as (doc: SopDocument, ...a: ActionArgs<N>) => SopDocument;
  return fn(doc, ...args);
}

export { STEP_TEXT_FIELDS, isBlankStep, isStepTextField } from './steps';
export type { StepTextField } from './steps';
export { stepsUsingExecutor } from './executors';
