// The paste actions: mapped rows fill empty steps and are inserted before a filled one (never
// overwriting), and the cell writer that a single value and a cleared range use.

import { describe, expect, it } from 'vitest';
import { fillableCount, pasteCells, pasteSteps } from '../../../renderer/src/state/actions/paste';
import type { PastedStep } from '../../../renderer/src/state/paste/types';
import { createEditorStore } from '../../../renderer/src/state/store';
import { activities, docWith, stepById } from './helpers';

const row = (texts: PastedStep['texts'], executors: string[] = []): PastedStep => ({
  texts,
  executors,
  symbol: executors.length > 0 ? 'process' : null,
});

describe('pasteSteps', () => {
  it('inserts rows before a filled step and keeps every step that was there', () => {
    const doc = docWith([{ activity: 'A' }, { activity: 'B', time: '1 jam' }, { activity: 'C' }]);
    const next = pasteSteps(doc, 1, [
      row({ activity: 'X', time: '5 menit' }),
      row({ activity: 'Y' }),
    ]);
    expect(activities(next)).toEqual(['A', 'X', 'Y', 'B', 'C']);
    expect(next.steps[1]).toMatchObject({ id: 's4', time: '5 menit', executors: [] });
    expect(stepById(next, 's2')).toBe(doc.steps[1]);
  });

  it('fills empty steps at the paste point first, then inserts the rest there', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: '', executors: [] },
      { activity: '', notes: 'catatan' },
      { activity: 'D', time: '1 jam' },
    ]);
    const pasted = [
      row({ activity: 'X' }, ['e2']),
      row({ activity: 'Y', time: '5 menit' }),
      row({ activity: 'Z', time: '9 menit' }),
    ];
    expect(fillableCount(doc, 1, pasted)).toBe(2);
    const next = pasteSteps(doc, 1, pasted);
    expect(activities(next)).toEqual(['A', 'X', 'Y', 'Z', 'D']);
    expect(stepById(next, 's2')).toMatchObject({ activity: 'X', executors: ['e2'] });
    // The pasted row only filled empty cells: the note stays.
    expect(stepById(next, 's3')).toMatchObject({ activity: 'Y', notes: 'catatan' });
    expect(next.steps[3]?.id).toBe('s5');
    expect(stepById(next, 's4').time).toBe('1 jam');
  });

  it('does not put marks on a step that has an executor: the row is inserted instead', () => {
    const doc = docWith([{ activity: '', executors: ['e1'] }]);
    const next = pasteSteps(doc, 0, [row({}, ['e2'])]);
    expect(next.steps.map((s) => s.executors)).toEqual([['e2'], ['e1']]);
  });

  it('appends after the last step, and an empty paste changes nothing', () => {
    const doc = docWith([{ activity: 'A' }]);
    expect(activities(pasteSteps(doc, 9, [row({ activity: 'B' })]))).toEqual(['A', 'B']);
    expect(pasteSteps(doc, 0, [])).toBe(doc);
  });

  it('is one undo step in the store', () => {
    const store = createEditorStore();
    const doc = docWith([{ activity: 'A' }, { activity: 'B' }]);
    store.getState().load(doc, null);
    store.getState().apply('pasteSteps', 1, [row({ activity: 'X' }), row({ activity: 'Y' })]);
    expect(activities(store.getState().document)).toEqual(['A', 'X', 'Y', 'B']);
    store.getState().undo();
    expect(store.getState().document).toBe(doc);
  });
});

describe('pasteCells', () => {
  const doc = () =>
    docWith([
      { activity: 'A', executors: ['e1'], time: '1 jam' },
      { activity: 'B', executors: ['e2'] },
    ]);

  it('fills a range from the focused cell following the column order', () => {
    const next = pasteCells(doc(), 0, 'time', [
      ['5 menit', 'Surat'],
      ['10 menit', 'Agenda'],
    ]);
    expect(stepById(next, 's1')).toMatchObject({ time: '5 menit', output: 'Surat' });
    expect(stepById(next, 's2')).toMatchObject({ time: '10 menit', output: 'Agenda' });
  });

  it('adds steps for rows beyond the last one', () => {
    const next = pasteCells(doc(), 1, 'activity', [['B2'], ['C'], ['D']]);
    expect(activities(next)).toEqual(['A', 'B2', 'C', 'D']);
    expect(next.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('places and clears symbols through executor columns', () => {
    const next = pasteCells(doc(), 0, 'exec:e1', [
      ['', 'Belah ketupat'],
      ['Kotak', ''],
    ]);
    expect(stepById(next, 's1')).toMatchObject({ executors: ['e2'], symbol: 'decision' });
    expect(stepById(next, 's2')).toMatchObject({ executors: ['e1'] });
  });

  it('never turns text into a symbol: an executor cell keeps what it had', () => {
    const d = doc();
    expect(pasteCells(d, 0, 'exec:e2', [['Berkas lengkap']])).toEqual(d);
    expect(pasteCells(d, 0, 'exec:e1', [['5 menit']])).toEqual(d);
  });

  it('ignores text past the last column and an unknown start column', () => {
    const d = doc();
    const next = pasteCells(d, 0, 'notes', [['catatan', 'lebih', 'lagi']]);
    expect(stepById(next, 's1').notes).toBe('catatan');
    expect(pasteCells(d, 0, 'exec:e9', [['x']])).toBe(d);
  });
});
