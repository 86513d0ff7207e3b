import { beforeEach, describe, expect, it } from 'vitest';
import {
  canRun,
  commandForKey,
  placeSymbol,
  runGridCommand,
  symbolForKey,
} from '../../../renderer/src/features/grid/commands';
import { useRange } from '../../../renderer/src/features/grid/range';
import { editorStore } from '../../../renderer/src/state/store';
import { activities, docWith } from './helpers';

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
});

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
    expect(placeSymbol('decision')).toBe(false);
    state().select({ stepId: 's1', column: 'exec:e1' });
    expect(placeSymbol('decision')).toBe(true);
    expect(state().document.steps[0]?.symbol).toBe('decision');
    expect(placeSymbol(null)).toBe(true);
    expect(state().document.steps[0]?.executors).toEqual([]);
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
    expect(['1', 'p', 'P', '2', 'k', '3', 't', 'Delete', 'x'].map(symbolForKey)).toEqual([
      'process',
      'process',
      'process',
      'decision',
      'decision',
      'terminator',
      'terminator',
      'clear',
      null,
    ]);
  });
});
