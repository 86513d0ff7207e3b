import { describe, expect, it } from 'vitest';
import { flowGeometry } from '../../../renderer/src/features/grid/flow-geometry';
import type { ColumnBox, RowBox } from '../../../renderer/src/features/grid/flow-geometry';
import { docWith } from './helpers';

// Three executor columns 100 px wide from x = 300; rows 60 px tall.
const columns = new Map<string, ColumnBox>([
  ['e1', { left: 300, width: 100 }],
  ['e2', { left: 400, width: 100 }],
  ['e3', { left: 500, width: 100 }],
]);
const rows = (n: number): RowBox[] =>
  Array.from({ length: n }, (_, i) => ({ top: i * 60, height: 60 }));
const labels: [string, string] = ['Ya', 'Tidak'];

describe('flowGeometry', () => {
  it('draws a straight arrow between symbols in the same column', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: 'B', executors: ['e1'] },
    ]);
    const { edges } = flowGeometry(doc.steps, rows(2), columns, labels);
    // Symbol centre x = 350; bottom of the first = 30 + 13, top of the second = 90 - 13.
    expect(edges).toEqual([{ key: 's1:next', d: 'M350,43 V77', label: null, side: false }]);
  });

  it('turns once in the next row when the executor changes', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: 'B', executors: ['e3'] },
    ]);
    const [edge] = flowGeometry(doc.steps, rows(2), columns, labels).edges;
    expect(edge?.d).toMatch(/^M350,43 V\d+(\.\d+)? H550 V77$/);
  });

  it('labels decision exits and sends a back edge along the side lane', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: 'B', executors: ['e2'] },
      { activity: 'C', executors: ['e2'], symbol: 'decision', no: 's1' },
      { activity: 'D', executors: ['e3'] },
    ]);
    const { edges } = flowGeometry(doc.steps, rows(4), columns, labels);
    const yes = edges.find((e) => e.key === 's3:yes');
    const no = edges.find((e) => e.key === 's3:no');
    expect(yes).toMatchObject({ side: false, label: { text: 'Ya' } });
    expect(no).toMatchObject({ side: true, label: { text: 'Tidak' } });
    // From the diamond's right side (450 + 28) to the lane left of x = 600, up to row 1, into A's side.
    expect(no?.d).toBe('M478,150 H595 V30 H378');
  });

  it('uses custom exit labels, and draws two exits to the same step once', () => {
    const doc = docWith([
      {
        activity: 'A',
        executors: ['e1'],
        symbol: 'decision',
        labels: ['Lengkap', 'Tidak lengkap'],
      },
      { activity: 'B', executors: ['e1'] },
    ]);
    const { edges } = flowGeometry(doc.steps, rows(2), columns, labels);
    expect(edges).toHaveLength(1);
    expect(edges[0]?.label?.text).toBe('Lengkap');
  });

  it('joins the symbols of a joint activity and skips steps without executor', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e3', 'e1'] },
      { activity: 'B', executors: [] },
      { activity: 'C', executors: ['e2'] },
    ]);
    const { edges, joints } = flowGeometry(doc.steps, rows(3), columns, labels);
    expect(joints).toEqual(['M378,30 H522']);
    expect(edges).toEqual([]);
  });

  it('skips rows the grid has not measured yet', () => {
    const doc = docWith([
      { activity: 'A', executors: ['e1'] },
      { activity: 'B', executors: ['e1'] },
    ]);
    expect(
      flowGeometry(doc.steps, [undefined, { top: 60, height: 60 }], columns, labels).edges,
    ).toEqual([]);
  });
});
