import { describe, expect, it } from 'vitest';
import { pasteCells } from '../../../renderer/src/state/actions/paste';
import { parseTsv, toTsv } from '../../../renderer/src/state/clipboard';
import { cellText, columnKeys, rangeCells } from '../../../renderer/src/state/columns';
import { docWith } from './helpers';

const doc = () =>
  docWith([
    { activity: 'Mulai', executors: ['e1'], symbol: 'terminator', time: '5 menit' },
    { activity: 'Periksa\na. isi', executors: ['e2', 'e3'], symbol: 'decision' },
  ]);

describe('table columns', () => {
  it('lists the columns in display order', () => {
    expect(columnKeys(doc())).toEqual([
      'number',
      'activity',
      'exec:e1',
      'exec:e2',
      'exec:e3',
      'requirements',
      'time',
      'output',
      'notes',
    ]);
  });

  it('copies numbers, text and symbol words', () => {
    const d = doc();
    expect(cellText(d, 1, 'number')).toBe('2');
    expect(cellText(d, 0, 'exec:e1')).toBe('Kapsul');
    expect(cellText(d, 1, 'exec:e1')).toBe('');
    expect(cellText(d, 1, 'exec:e3')).toBe('Belah ketupat');
    expect(cellText(d, 9, 'activity')).toBe('');
  });

  it('a copied range pasted elsewhere reproduces the cells, symbols included', () => {
    const d = doc();
    const keys = columnKeys(d).slice(1);
    const text = toTsv(rangeCells(d, 0, 1, keys));
    const target = docWith([{ activity: 'x' }, { activity: 'y' }]);
    const pasted = pasteCells(target, 0, 'activity', parseTsv(text));
    expect(pasted.steps.map(({ id: _id, ...rest }) => rest)).toEqual(
      d.steps.map(({ id: _id, ...rest }) => rest),
    );
  });
});
