// The revision comparison: identity fields, executors added/removed/renamed, and steps added,
// removed, moved and changed cell by cell.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SopDocument, Step } from '../../../shared/model';
import { parseSopJson } from '../../../shared/model';
import { diffSops, isEmptyDiff } from '../../../shared/model/diff';

const base = parseSopJson(
  fs.readFileSync(
    path.resolve(__dirname, '../../fixtures/sops/01-pembinaan-kelana-katingan.sop.json'),
    'utf8',
  ),
);

function editSteps(doc: SopDocument, edit: (steps: Step[]) => Step[]): SopDocument {
  return { ...doc, steps: edit(doc.steps.map((s) => ({ ...s }))) };
}

describe('diffSops', () => {
  it('finds nothing between equal documents', () => {
    expect(isEmptyDiff(diffSops(base, structuredClone(base)))).toBe(true);
  });

  it('reports identity, approver, list, logo and print changes', () => {
    const after: SopDocument = {
      ...base,
      identity: {
        ...base.identity,
        number: '800/1/2026',
        approvedBy: { ...base.identity.approvedBy, nip: '199001012020121001' },
        legalBasis: [...base.identity.legalBasis, 'Permenpan RB 35/2012'],
        logo: { mime: 'image/png', data: 'AAAA' },
      },
      print: { ...base.print, paper: 'A4', legend: true },
    };
    const diff = diffSops(base, after);
    expect(diff.identity.map((c) => c.field)).toEqual([
      'number',
      'approvedBy.nip',
      'legalBasis',
      'logo',
    ]);
    expect(diff.identity[0]).toMatchObject({ label: 'Nomor SOP', after: '800/1/2026' });
    expect(diff.identity[3]).toMatchObject({ before: 'Tanpa logo', after: 'Ada logo' });
    expect(diff.print.map((c) => [c.field, c.before, c.after])).toEqual([
      ['paper', base.print.paper, 'A4'],
      ['legend', 'Tidak', 'Ya'],
    ]);
    expect(diff.steps).toEqual([]);
  });

  it('reports executors added, removed and renamed, without noise in the steps', () => {
    const [first, second, ...rest] = base.executors;
    const after: SopDocument = {
      ...base,
      executors: [{ ...first!, name: 'Kepala Seksi' }, ...rest, { id: 'e99', name: 'Bupati' }],
      steps: base.steps.map((s) => ({
        ...s,
        executors: s.executors.filter((id) => id !== second!.id).length
          ? s.executors.filter((id) => id !== second!.id)
          : [first!.id],
      })),
    };
    const diff = diffSops(base, after);
    expect(diff.executors).toEqual([
      { kind: 'renamed', id: first!.id, before: first!.name, after: 'Kepala Seksi' },
      { kind: 'removed', id: second!.id, name: second!.name },
      { kind: 'added', id: 'e99', name: 'Bupati' },
    ]);
    const executorCells = diff.steps.flatMap((c) => (c.kind === 'kept' ? c.cells : []));
    expect(executorCells.every((cell) => cell.column === 'executors')).toBe(true);
    const usedSecond = base.steps.filter((s) => s.executors.includes(second!.id)).length;
    expect(executorCells).toHaveLength(usedSecond);
  });

  it('reports steps added, removed, moved and changed cell by cell', () => {
    const after = editSteps(base, (steps) => {
      const [s0, , s2, s3, ...rest] = steps;
      s2!.time = '2 jam';
      s2!.activity = 'Diubah';
      const added: Step = { ...s0!, id: 's999', activity: 'Langkah baru' };
      // s1 removed, s3 moved to the end, a new step after s0.
      return [s0!, added, s2!, ...rest, s3!];
    });
    const diff = diffSops(base, after);
    const byKind = (kind: string) => diff.steps.filter((c) => c.kind === kind);
    expect(byKind('removed')).toEqual([
      { kind: 'removed', stepId: base.steps[1]!.id, number: 2, activity: base.steps[1]!.activity },
    ]);
    expect(byKind('added')).toEqual([
      { kind: 'added', stepId: 's999', number: 2, activity: 'Langkah baru' },
    ]);
    const kept = diff.steps.filter((c) => c.kind === 'kept');
    expect(kept).toEqual([
      {
        kind: 'kept',
        stepId: base.steps[2]!.id,
        beforeNumber: 3,
        afterNumber: 3,
        moved: false,
        cells: [
          {
            column: 'activity',
            label: 'Kegiatan',
            before: base.steps[2]!.activity,
            after: 'Diubah',
          },
          { column: 'time', label: 'Waktu', before: base.steps[2]!.time, after: '2 jam' },
        ],
      },
      {
        kind: 'kept',
        stepId: base.steps[3]!.id,
        beforeNumber: 4,
        afterNumber: base.steps.length,
        moved: true,
        cells: [],
      },
    ]);
  });

  it('reports symbol and decision exit changes in step numbers', () => {
    const after = editSteps(base, (steps) => {
      steps[4] = {
        ...steps[4]!,
        symbol: 'decision',
        no: steps[1]!.id,
        labels: ['Lengkap', 'Tidak lengkap'],
      };
      return steps;
    });
    const [change] = diffSops(base, after).steps;
    expect(change).toMatchObject({ kind: 'kept', beforeNumber: 5, moved: false });
    const cells = change!.kind === 'kept' ? change!.cells : [];
    expect(cells.map((c) => [c.column, c.after])).toEqual([
      ['symbol', 'Belah ketupat (keputusan)'],
      ['no', 'langkah 2'],
      ['labels', 'Lengkap / Tidak lengkap'],
    ]);
  });

  it('matches renumbered steps by their text', () => {
    const renamed = new Map(base.steps.map((s, i) => [s.id, `x${i}`]));
    const rename = (id: string | null) => (id === null ? null : renamed.get(id)!);
    const after = editSteps(base, (steps) =>
      steps.map((s) => ({ ...s, id: rename(s.id)!, yes: rename(s.yes), no: rename(s.no) })),
    );
    expect(diffSops(base, after).steps).toEqual([]);
  });
});
