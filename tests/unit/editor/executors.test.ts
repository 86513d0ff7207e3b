import { describe, expect, it } from 'vitest';
import {
  addExecutor,
  moveExecutor,
  removeExecutor,
  renameExecutor,
  stepsUsingExecutor,
} from '../../../renderer/src/state/actions/executors';
import { docWith, stepById } from './helpers';

const doc = () =>
  docWith([
    { activity: 'A', executors: ['e1'] },
    { activity: 'B', executors: ['e2', 'e1'] },
    { activity: 'C', executors: ['e2'] },
  ]);

describe('executor actions', () => {
  it('adds an executor with a fresh id and a trimmed name', () => {
    const next = addExecutor(doc(), '  Sekretaris ');
    expect(next.executors.at(-1)).toEqual({ id: 'e4', name: 'Sekretaris' });
  });

  it('renames without touching steps', () => {
    const d = doc();
    const next = renameExecutor(d, 'e2', 'Kepala Seksi');
    expect(next.executors[1]?.name).toBe('Kepala Seksi');
    expect(next.steps).toBe(d.steps);
    expect(renameExecutor(next, 'e2', 'Kepala Seksi')).toBe(next);
  });

  it('reorders columns', () => {
    const next = moveExecutor(doc(), 'e3', 0);
    expect(next.executors.map((e) => e.id)).toEqual(['e3', 'e1', 'e2']);
    const back = moveExecutor(next, 'e3', 5);
    expect(back.executors.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('counts the steps using an executor', () => {
    expect(stepsUsingExecutor(doc(), 'e1')).toBe(2);
    expect(stepsUsingExecutor(doc(), 'e3')).toBe(0);
  });

  it('removes an executor from its steps when no heir is given', () => {
    const next = removeExecutor(doc(), 'e1');
    expect(next.executors.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(stepById(next, 's1').executors).toEqual([]);
    expect(stepById(next, 's2').executors).toEqual(['e2']);
  });

  it('reassigns steps to another executor without duplicating it in joint steps', () => {
    const next = removeExecutor(doc(), 'e1', 'e2');
    expect(stepById(next, 's1').executors).toEqual(['e2']);
    expect(stepById(next, 's2').executors).toEqual(['e2']);
    const d = doc();
    expect(removeExecutor(d, 'e1', 'e3').steps[2]).toBe(d.steps[2]);
  });

  it('ignores an unknown executor', () => {
    const d = doc();
    expect(removeExecutor(d, 'e9')).toBe(d);
  });
});
