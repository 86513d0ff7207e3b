import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../renderer/src/state/store';
import { HISTORY_LIMIT } from '../../../renderer/src/state/slices/history';
import { activities, docWith } from './helpers';

function storeWith() {
  const store = createEditorStore();
  store.getState().load(
    docWith([
      { activity: 'A', executors: ['e1'], symbol: 'terminator' },
      { activity: 'B', executors: ['e2'] },
      { activity: 'C', executors: ['e3'], symbol: 'terminator' },
    ]),
    'lib-1',
  );
  return store;
}

describe('editor store', () => {
  it('applies a named action, marks the session dirty and can undo and redo it', () => {
    const store = storeWith();
    const before = store.getState().document;
    expect(store.getState().apply('insertStep', 0, 'below')).toBe(true);
    expect(store.getState().document.steps).toHaveLength(4);
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().document).toBe(before);
    store.getState().redo();
    expect(store.getState().document.steps).toHaveLength(4);
  });

  it('records nothing when an action changes nothing', () => {
    const store = storeWith();
    expect(store.getState().apply('setStepField', 's1', 'activity', 'A')).toBe(false);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().dirty).toBe(false);
  });

  it('undoes structural edits in order: insert, move, symbol change, executor removal', () => {
    const store = storeWith();
    const s = () => store.getState();
    const original = s().document;
    s().apply('insertStep', 2, 'above');
    s().apply('moveStep', 0, 1);
    s().apply('setSymbol', 's2', 'e2', 'decision');
    s().apply('removeExecutor', 'e3', 'e1');
    expect(s().document.executors).toHaveLength(2);
    s().undo();
    expect(s().document.executors).toHaveLength(3);
    s().undo();
    expect(s().document.steps.find((x) => x.id === 's2')?.symbol).toBe('process');
    s().undo();
    expect(activities(s().document)).toEqual(['A', 'B', '', 'C']);
    s().undo();
    expect(s().document).toBe(original);
    s().undo();
    expect(s().document).toBe(original);
    s().redo();
    s().redo();
    expect(activities(s().document)).toEqual(['B', 'A', '', 'C']);
  });

  it('merges consecutive typing in one cell into one undo step until sealed', () => {
    const store = storeWith();
    const s = () => store.getState();
    s().apply('setStepField', 's1', 'activity', 'Me');
    s().apply('setStepField', 's1', 'activity', 'Mene');
    s().apply('setStepField', 's1', 'activity', 'Menerima');
    expect(s().past).toHaveLength(1);
    s().apply('setStepField', 's1', 'time', '5');
    expect(s().past).toHaveLength(2);
    s().apply('setStepField', 's1', 'activity', 'Menerima surat');
    expect(s().past).toHaveLength(3);
    s().sealHistory();
    s().apply('setStepField', 's1', 'activity', 'Menerima surat masuk');
    expect(s().past).toHaveLength(4);
    s().undo();
    expect(s().document.steps[0]?.activity).toBe('Menerima surat');
    s().undo();
    s().undo();
    expect(s().document.steps[0]?.activity).toBe('Menerima');
    s().undo();
    expect(s().document.steps[0]?.activity).toBe('A');
  });

  it('a new edit after undo clears the redo stack and starts a new run', () => {
    const store = storeWith();
    const s = () => store.getState();
    s().apply('setIdentityField', 'name', 'X');
    s().undo();
    expect(s().future).toHaveLength(1);
    s().apply('setIdentityField', 'name', 'Y');
    expect(s().future).toHaveLength(0);
    expect(s().past).toHaveLength(1);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    const store = storeWith();
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) store.getState().apply('addExecutor', `P${i}`);
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('load clears history, selection and the session state', () => {
    const store = storeWith();
    store.getState().apply('addExecutor', 'X');
    store.getState().select({ stepId: 's1', column: 'activity' });
    store.getState().load(docWith([]), null);
    expect(store.getState()).toMatchObject({
      past: [],
      future: [],
      selection: null,
      libraryId: null,
      dirty: false,
      saveStatus: 'idle',
    });
  });

  it('markSaved clears dirty only when the saved document is still the current one', () => {
    const store = storeWith();
    const s = () => store.getState();
    s().apply('addExecutor', 'X');
    const saving = s().document;
    s().markSaving();
    expect(s().saveStatus).toBe('saving');
    s().apply('addExecutor', 'Y');
    s().markSaved(saving);
    expect(s()).toMatchObject({ saveStatus: 'saved', dirty: true });
    s().markSaved(s().document);
    expect(s().dirty).toBe(false);
    s().markSaveFailed('Disk penuh');
    expect(s()).toMatchObject({ saveStatus: 'error', saveError: 'Disk penuh' });
  });

  it('reveal selects a cell and counts the request for the grid', () => {
    const store = storeWith();
    store.getState().reveal({ stepId: 's3', column: 'time' });
    expect(store.getState().selection).toEqual({ stepId: 's3', column: 'time' });
    expect(store.getState().revealCount).toBe(1);
  });
});
