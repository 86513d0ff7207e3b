import { describe, expect, it } from 'vitest';
import {
  joinExecutor,
  setDecisionTargets,
  setSymbol,
} from '../../../renderer/src/state/actions/symbols';
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

  it('placing in another executor cell moves the step there, keeping its decision exits', () => {
    const doc = docWith([
      { activity: 'A' },
      { activity: 'B', executors: ['e1'], symbol: 'decision', no: 's1', labels: ['L', 'TL'] },
    ]);
    const next = setSymbol(doc, 's2', 'e3', 'decision');
    expect(stepById(next, 's2')).toMatchObject({
      executors: ['e3'],
      symbol: 'decision',
      no: 's1',
      labels: ['L', 'TL'],
    });
  });

  it('placing another symbol in another cell moves the step and changes its symbol', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1'] }]);
    const next = setSymbol(doc, 's1', 'e2', 'terminator');
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e2'], symbol: 'terminator' });
  });

  it('placing outside a joint activity moves the whole step to that one executor', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1', 'e2'] }]);
    const next = setSymbol(doc, 's1', 'e3', 'process');
    expect(stepById(next, 's1').executors).toEqual(['e3']);
  });

  it('changing the symbol in a cell of a joint activity keeps every executor', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1', 'e2'] }]);
    const next = setSymbol(doc, 's1', 'e2', 'terminator');
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e1', 'e2'], symbol: 'terminator' });
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

describe('joinExecutor', () => {
  it('adds the executor to the step: a joint activity with the same symbol in both cells', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1'], symbol: 'decision', no: null }]);
    const next = joinExecutor(doc, 's1', 'e3');
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e1', 'e3'], symbol: 'decision' });
  });

  it('changes nothing for an executor already there or unknown', () => {
    const doc = docWith([{ activity: 'A', executors: ['e1'] }]);
    expect(joinExecutor(doc, 's1', 'e1')).toBe(doc);
    expect(joinExecutor(doc, 's1', 'e9')).toBe(doc);
    expect(joinExecutor(doc, 'nope', 'e2')).toBe(doc);
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
