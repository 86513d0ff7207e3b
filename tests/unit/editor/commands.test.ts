import { beforeEach, describe, expect, it } from 'vitest';
import { useDecisionEditor } from '../../../renderer/src/app/decision-editor';
import { useShell } from '../../../renderer/src/app/ui-store';
import {
  canRun,
  cellCommandForKey,
  commandForKey,
  continueAfterLastRow,
  gridHandlers,
  runGridCommand,
  runOnSelectedCell,
} from '../../../renderer/src/features/grid/commands';
import { useRange } from '../../../renderer/src/features/grid/range';
import { editorStore } from '../../../renderer/src/state/store';
import { activities, docWith, stepById } from './helpers';

const state = () => editorStore.getState();

function key(k: string, mods: Partial<KeyboardEvent> = {}) {
  return {
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  } as KeyboardEvent;
}

beforeEach(() => {
  // The app's store is one module-wide store: start every test from its first state, so no
  // test sees what an earlier one revealed, selected or undid.
  editorStore.setState(editorStore.getInitialState(), true);
  state().load(
    docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: 'B', executors: ['e2'] },
      { activity: 'C', executors: ['e3'] },
    ]),
  );
  useRange.getState().clear();
  useDecisionEditor.setState({ stepId: null });
});

const openDecision = () => useDecisionEditor.getState().stepId;

describe('grid commands', () => {
  it('insert below the selected step and select the new one', () => {
    state().select({ stepId: 's2', column: 'time' });
    expect(runGridCommand('insertStepBelow')).toBe(true);
    expect(activities(state().document)).toEqual(['A', 'B', '', 'C']);
    expect(state().selection).toEqual({ stepId: 's4', column: 'time' });
    expect(state().revealCount).toBe(1);
  });

  it('insert above, and at the end when nothing is selected', () => {
    state().select({ stepId: 's1', column: 'activity' });
    runGridCommand('insertStepAbove');
    expect(activities(state().document)).toEqual(['', 'A', 'B', 'C']);
    state().select(null);
    runGridCommand('insertStepBelow');
    expect(activities(state().document)).toEqual(['', 'A', 'B', 'C', '']);
  });

  it('moves the selected step and keeps it selected; refuses past the ends', () => {
    state().select({ stepId: 's1', column: 'activity' });
    expect(canRun('moveStepUp')).toBe(false);
    expect(runGridCommand('moveStepUp')).toBe(false);
    expect(runGridCommand('moveStepDown')).toBe(true);
    expect(activities(state().document)).toEqual(['B', 'A', 'C']);
    expect(state().selection?.stepId).toBe('s1');
    expect(runGridCommand('moveStepUp')).toBe(true);
    expect(activities(state().document)).toEqual(['A', 'B', 'C']);
    state().select({ stepId: 's3', column: 'activity' });
    expect(canRun('moveStepDown')).toBe(false);
    expect(runGridCommand('moveStepDown')).toBe(false);
    expect(activities(state().document)).toEqual(['A', 'B', 'C']);
  });

  it('deletes every row of the range that holds the selection, as one undo step', () => {
    state().select({ stepId: 's2', column: 'activity' });
    useRange.getState().focusCell({ row: 1, column: 'activity' }, false);
    useRange.getState().focusCell({ row: 2, column: 'time' }, true);
    state().select({ stepId: 's3', column: 'time' });
    expect(runGridCommand('deleteSteps')).toBe(true);
    expect(activities(state().document)).toEqual(['A']);
    expect(state().selection?.stepId).toBe('s1');
    runGridCommand('undo');
    expect(activities(state().document)).toEqual(['A', 'B', 'C']);
    runGridCommand('redo');
    expect(activities(state().document)).toEqual(['A']);
  });

  it('duplicates the selected step below it', () => {
    state().select({ stepId: 's1', column: 'activity' });
    runGridCommand('duplicateStep');
    expect(activities(state().document)).toEqual(['A', 'A', 'B', 'C']);
    expect(state().selection?.stepId).toBe('s4');
  });

  it('places symbols only in an executor cell', () => {
    state().select({ stepId: 's1', column: 'activity' });
    expect(runOnSelectedCell('placeProcess')).toBe(false);
    state().select({ stepId: 's1', column: 'exec:e1' });
    expect(runOnSelectedCell('placeTerminator')).toBe(true);
    expect(state().document.steps[0]?.symbol).toBe('terminator');
    expect(runOnSelectedCell('clearSymbol')).toBe(true);
    expect(state().document.steps[0]?.executors).toEqual([]);
  });

  it('Ctrl+Enter in an executor cell adds a step without symbol, selected in that column', () => {
    state().select({ stepId: 's2', column: 'exec:e2' });
    gridHandlers[commandForKey(key('Enter', { ctrlKey: true })) ?? 'undo']();
    expect(stepById(state().document, 's4').executors).toEqual([]);
    expect(state().selection).toEqual({ stepId: 's4', column: 'exec:e2' });
  });

  it('a symbol placed in another column moves the step; Jadikan kegiatan bersama keeps both', () => {
    state().select({ stepId: 's1', column: 'exec:e2' });
    expect(canRun('makeJoint')).toBe(true);
    runOnSelectedCell('placeProcess');
    expect(stepById(state().document, 's1').executors).toEqual(['e2']);
    expect(canRun('makeJoint')).toBe(false);
    state().select({ stepId: 's1', column: 'exec:e3' });
    gridHandlers.makeJoint();
    expect(stepById(state().document, 's1').executors).toEqual(['e2', 'e3']);
    state().undo();
    expect(stepById(state().document, 's1').executors).toEqual(['e2']);
  });

  it('Jadikan kegiatan bersama needs a step with a performer, in another column', () => {
    runGridCommand('insertStepBelow');
    const blank = state().document.steps[3]?.id ?? '';
    state().select({ stepId: blank, column: 'exec:e1' });
    expect(canRun('makeJoint')).toBe(false);
    expect(runOnSelectedCell('makeJoint')).toBe(false);
    expect(stepById(state().document, blank).executors).toEqual([]);
  });

  it('a step that becomes a decision opens the editor of its exits; moving a decision does not', () => {
    state().select({ stepId: 's2', column: 'exec:e2' });
    runOnSelectedCell('placeDecision');
    expect(openDecision()).toBe('s2');
    useDecisionEditor.setState({ stepId: null });
    state().select({ stepId: 's2', column: 'exec:e3' });
    runOnSelectedCell('placeDecision');
    expect(stepById(state().document, 's2')).toMatchObject({
      executors: ['e3'],
      symbol: 'decision',
    });
    expect(openDecision()).toBeNull();
  });

  it('Atur arah keputusan opens the editor on a decision only, on its diamond in the grid', () => {
    useShell.getState().setTab('identity');
    state().select({ stepId: 's1', column: 'activity' });
    expect(canRun('editDecision')).toBe(false);
    expect(gridHandlers.editDecision()).toBe(false);
    expect(openDecision()).toBeNull();
    state().apply('setSymbol', 's3', 'e3', 'decision');
    state().select({ stepId: 's3', column: 'time' });
    expect(canRun('editDecision')).toBe(true);
    expect(gridHandlers.editDecision()).toBe(true);
    expect(openDecision()).toBe('s3');
    expect(useShell.getState().tab).toBe('grid');
    expect(state().selection).toEqual({ stepId: 's3', column: 'exec:e3' });
    expect(commandForKey(key('k', { ctrlKey: true }))).toBe('editDecision');
  });

  it('a joint decision opens its editor on the diamond selected, not always the first', () => {
    state().apply('setSymbol', 's3', 'e3', 'decision');
    state().apply('joinExecutor', 's3', 'e1');
    state().select({ stepId: 's3', column: 'exec:e1' });
    gridHandlers.editDecision();
    expect(state().selection).toEqual({ stepId: 's3', column: 'exec:e1' });
  });

  it('Enter on the last row adds a step, unless that row is still blank', () => {
    expect(continueAfterLastRow('s2', 'activity')).toBe(false);
    expect(continueAfterLastRow('s3', 'time')).toBe(true);
    expect(activities(state().document)).toEqual(['A', 'B', 'C', '']);
    expect(state().selection).toEqual({ stepId: 's4', column: 'time' });
    expect(continueAfterLastRow('s4', 'time')).toBe(false);
    expect(state().document.steps).toHaveLength(4);
  });

  it('maps keys to commands and symbols', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(commandForKey(key('ArrowDown', { altKey: true }))).toBe('moveStepDown');
    expect(commandForKey(key('Enter', { ctrlKey: true }))).toBe('insertStepBelow');
    expect(commandForKey(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe('insertStepAbove');
    expect(commandForKey(key('d', { ctrlKey: true }))).toBe('duplicateStep');
    expect(commandForKey(key('z'))).toBeNull();
    expect(['1', 'p', 'P', '2', 'k', '3', 't', 'Delete', 'b', 'x'].map(cellCommandForKey)).toEqual([
      'placeProcess',
      'placeProcess',
      'placeProcess',
      'placeDecision',
      'placeDecision',
      'placeTerminator',
      'placeTerminator',
      'clearSymbol',
      'makeJoint',
      null,
    ]);
  });
});
