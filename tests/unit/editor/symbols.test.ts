import { describe, expect, it } from 'vitest';
import { setDecisionTargets, setSymbol } from '../../../renderer/src/state/actions/symbols';
import { docWith, stepById } from './helpers';

describe('setSymbol', () => {
  it('places a symbol in an empty executor cell of a step without executor', () => {
    const doc = docWith([{ activity: 'A' }]);
    const next = setSymbol(doc, 's1', 'e2', 'terminator');
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e2'], symbol: 'terminator' });
  });

  it('changes the symbol of the step when set again in its cell', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1'] }]);
    const next = setSymbol(doc, 's1', 'e1', 'decision');
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e1'], symbol: 'decision' });
  });

  it('a second executor cell in the same row makes a joint activity', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1'] }]);
    const next = setSymbol(doc, 's1', 'e3', 'process');
    expect(stepById(next, 's1').executors).toEqual(['e1', 'e3']);
  });

  it('clearing one executor of a joint activity keeps the other; clearing the last leaves none', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1', 'e2'] }]);
    const one = setSymbol(doc, 's1', 'e1', null);
    expect(stepById(one, 's1').executors).toEqual(['e2']);
    const none = setSymbol(one, 's1', 'e2', null);
    expect(stepById(none, 's1').executors).toEqual([]);
    expect(setSymbol(none, 's1', 'e2', null)).toBe(none);
  });

  it('leaving the decision symbol drops its exits and labels', () => {
    const doc = docWith([
      { activity: 'A' },
      { activity: 'B', executors: ['e1'], symbol: 'decision', no: 's1', labels: ['L', 'TL'] },
    ]);
    const next = setSymbol(doc, 's2', 'e1', 'process');
    expect(stepById(next, 's2')).toMatchObject({
      symbol: 'process',
      yes: null,
      no: null,
      labels: null,
    });
  });

  it('refuses an unknown executor', () => {
    const doc = docWith([{ activity: 'A' }]);
    expect(setSymbol(doc, 's1', 'e9', 'process')).toBe(doc);
  });
});

describe('setDecisionTargets', () => {
  const doc = docWith([
    { activity: 'A' },
    { activity: 'B' },
    { activity: 'C', symbol: 'decision', executors: ['e1'] },
    { activity: 'D' },
  ]);

  it('sets the Ya and Tidak targets and custom labels', () => {
    const next = setDecisionTargets(doc, 's3', null, 's2', ['Lengkap', 'Tidak lengkap']);
    expect(stepById(next, 's3')).toMatchObject({
      yes: null,
      no: 's2',
      labels: ['Lengkap', 'Tidak lengkap'],
    });
  });

  it('stores unknown targets as the next step and blank labels as the default', () => {
    const next = setDecisionTargets(doc, 's3', 'missing', 's1', ['  ', '']);
    expect(stepById(next, 's3')).toMatchObject({ yes: null, no: 's1', labels: null });
  });

  it('does nothing on a step that is not a decision', () => {
    expect(setDecisionTargets(doc, 's1', 's2', 's3', null)).toBe(doc);
  });
});
