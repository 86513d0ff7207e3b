import { describe, expect, it } from 'vitest';
import {
  deleteSteps,
  duplicateStep,
  insertStep,
  isBlankStep,
  moveStep,
  setStepField,
} from '../../../renderer/src/state/actions/steps';
import { activities, docWith, stepById } from './helpers';

const three = () =>
  docWith([
    { activity: 'A', executors: ['e1'], symbol: 'terminator' },
    { activity: 'B', executors: ['e2'] },
    { activity: 'C', executors: ['e3'], symbol: 'terminator' },
  ]);

describe('insertStep', () => {
  it('inserts an empty step below or above with a fresh id, no executor and so no symbol', () => {
    const doc = three();
    const below = insertStep(doc, 1, 'below');
    expect(activities(below)).toEqual(['A', 'B', '', 'C']);
    expect(below.steps[2]).toMatchObject({ id: 's4', executors: [] });
    const above = insertStep(doc, 0, 'above');
    expect(activities(above)).toEqual(['', 'A', 'B', 'C']);
    expect(above.steps[0]?.executors).toEqual([]);
  });

  it('keeps untouched steps by reference and leaves the original document alone', () => {
    const doc = three();
    const next = insertStep(doc, 1, 'below');
    expect(next.steps[0]).toBe(doc.steps[0]);
    expect(next.identity).toBe(doc.identity);
    expect(doc.steps).toHaveLength(3);
  });

  it('puts the first step into an empty table', () => {
    const doc = docWith([]);
    const next = insertStep(doc, 0, 'below');
    expect(next.steps).toHaveLength(1);
    expect(next.steps[0]?.executors).toEqual([]);
  });
});

describe('isBlankStep', () => {
  it('is blank without text and executor; a space is no text, a symbol placed is content', () => {
    const doc = docWith([
      { activity: '  ' },
      { activity: '', executors: ['e1'] },
      { activity: '', notes: 'catatan' },
    ]);
    expect(doc.steps.map(isBlankStep)).toEqual([true, false, false]);
  });
});

describe('deleteSteps', () => {
  it('removes steps and resets decision exits that pointed at them to the next step', () => {
    const doc = docWith([
      { activity: 'A' },
      { activity: 'B', symbol: 'decision', yes: 's3', no: 's1' },
      { activity: 'C' },
    ]);
    const next = deleteSteps(doc, ['s1']);
    expect(activities(next)).toEqual(['B', 'C']);
    expect(stepById(next, 's2')).toMatchObject({ yes: 's3', no: null });
  });

  it('returns the same document when no id matches', () => {
    const doc = three();
    expect(deleteSteps(doc, ['nope'])).toBe(doc);
  });
});

describe('duplicateStep', () => {
  it('copies a step right below it with a new id and independent executor list', () => {
    const doc = three();
    const next = duplicateStep(doc, 's2');
    expect(activities(next)).toEqual(['A', 'B', 'B', 'C']);
    expect(next.steps[2]?.id).toBe('s4');
    expect(next.steps[2]?.executors).toEqual(['e2']);
    expect(next.steps[2]?.executors).not.toBe(doc.steps[1]?.executors);
  });
});

describe('moveStep', () => {
  it('moves a step down and up; decision targets keep pointing at the same steps', () => {
    const doc = docWith([
      { activity: 'A' },
      { activity: 'B' },
      { activity: 'C', symbol: 'decision', no: 's2' },
      { activity: 'D' },
    ]);
    const down = moveStep(doc, 1, 3);
    expect(activities(down)).toEqual(['A', 'C', 'D', 'B']);
    expect(stepById(down, 's3').no).toBe('s2');
    const up = moveStep(doc, 3, 0);
    expect(activities(up)).toEqual(['D', 'A', 'B', 'C']);
  });

  it('ignores moves to the same place or from outside the table', () => {
    const doc = three();
    expect(moveStep(doc, 1, 1)).toBe(doc);
    expect(moveStep(doc, 7, 0)).toBe(doc);
    expect(activities(moveStep(doc, 0, 99))).toEqual(['B', 'C', 'A']);
  });
});

describe('setStepField', () => {
  it('sets a text column of one step and keeps the others by reference', () => {
    const doc = three();
    const next = setStepField(doc, 's2', 'time', '15 menit');
    expect(stepById(next, 's2').time).toBe('15 menit');
    expect(next.steps[0]).toBe(doc.steps[0]);
  });

  it('returns the same document for an unchanged value or unknown step', () => {
    const doc = three();
    expect(setStepField(doc, 's2', 'activity', 'B')).toBe(doc);
    expect(setStepField(doc, 'zz', 'activity', 'x')).toBe(doc);
  });

  it('keeps multi-line text with sub-items as written', () => {
    const text = 'Memeriksa berkas:\na. KTP\nb. KK';
    expect(stepById(setStepField(three(), 's1', 'activity', text), 's1').activity).toBe(text);
  });
});
