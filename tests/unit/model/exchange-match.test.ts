// Matching an incoming SOP to the library (carried id, Nomor SOP + unit, name + unit as a guess)
// and writing it in the stored SOP's ids, so the diff says "unchanged" for the same content.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimMatches, sopMatcher } from '../../../shared/import';
import { parseSopJson, type SopDocument } from '../../../shared/model';
import { adoptIds } from '../../../shared/model/adopt-ids';
import { diffSops, isEmptyDiff } from '../../../shared/model/diff';

const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/sops');

function corpus(name: string): SopDocument {
  return parseSopJson(readFileSync(path.join(CORPUS, `${name}.sop.json`), 'utf8'));
}

function sop(name: string, number: string, unit: string): SopDocument {
  const doc = corpus('28-kegiatan-peringatan-hari-ibu');
  return { ...doc, identity: { ...doc.identity, name, number, unit } };
}

/** The ids a workbook gives back: s1…, e1…, and null for an exit to the next step. */
function positional(doc: SopDocument): SopDocument {
  const stepId = new Map(doc.steps.map((s, i) => [s.id, `s${i + 1}`]));
  const executorId = new Map(doc.executors.map((e, i) => [e.id, `e${i + 1}`]));
  return {
    ...doc,
    executors: doc.executors.map((e) => ({ ...e, id: executorId.get(e.id)! })),
    steps: doc.steps.map((step, i) => {
      const exit = (id: string | null) => {
        const mapped = id === null ? null : stepId.get(id)!;
        return mapped === `s${i + 2}` ? null : mapped;
      };
      return {
        ...step,
        id: `s${i + 1}`,
        executors: step.executors.map((e) => executorId.get(e)!),
        yes: exit(step.yes),
        no: exit(step.no),
      };
    }),
  };
}

const library = [
  { id: 'a', name: 'Pelayanan KB Keliling', number: '065/01/2024', unit: 'Bidang KB' },
  { id: 'b', name: 'Distribusi Alokon', number: '065/02/2024', unit: 'Bidang KB' },
  { id: 'c', name: 'Distribusi Alokon', number: '', unit: 'Bidang Lain' },
  { id: 'd', name: 'Rapat', number: '', unit: 'Sekretariat' },
  { id: 'e', name: 'Rapat', number: '', unit: 'Sekretariat' },
];
const match = sopMatcher(library);

describe('matching an incoming SOP to the library', () => {
  it('takes the carried library id first, whatever the texts say', () => {
    const doc = sop('Nama lain', '065/02/2024', 'Bidang KB');
    expect(match({ document: doc, library: { id: 'a', revision: 2 } })).toEqual({
      kind: 'matched',
      id: 'a',
      rule: 'id',
      guess: false,
    });
  });

  it('falls back to Nomor SOP and unit when the id is not in this library', () => {
    const doc = sop('Judul diubah', ' 065/02/2024 ', 'BIDANG  KB');
    expect(match({ document: doc, library: { id: 'gone', revision: 1 } })).toEqual({
      kind: 'matched',
      id: 'b',
      rule: 'number',
      guess: false,
    });
  });

  it('then to name and unit, marked as a guess', () => {
    expect(match({ document: sop('distribusi alokon', '', 'Bidang Lain') })).toEqual({
      kind: 'matched',
      id: 'c',
      rule: 'name',
      guess: true,
    });
  });

  it('reports several SOPs answering one rule, and no match at all', () => {
    expect(match({ document: sop('Rapat', '', 'Sekretariat') })).toEqual({
      kind: 'ambiguous',
      ids: ['d', 'e'],
      rule: 'name',
    });
    expect(match({ document: sop('Distribusi Alokon', '', 'Bidang Umum') })).toEqual({
      kind: 'none',
    });
    expect(match({ document: sop('', '', '') })).toEqual({ kind: 'none' });
  });
});

describe('one library SOP matched by several SOPs of one import', () => {
  const byId = { kind: 'matched', id: 'a', rule: 'id', guess: false } as const;
  const byNumber = { kind: 'matched', id: 'a', rule: 'number', guess: false } as const;
  const byName = { kind: 'matched', id: 'a', rule: 'name', guess: true } as const;

  it('is kept by the closest rule, then by the first in the file', () => {
    expect(claimMatches([byName, byNumber, byId, byNumber])).toEqual([
      { kind: 'claimed', id: 'a', by: 3 },
      { kind: 'claimed', id: 'a', by: 3 },
      byId,
      { kind: 'claimed', id: 'a', by: 3 },
    ]);
    expect(claimMatches([byNumber, byName, byNumber])).toEqual([
      byNumber,
      { kind: 'claimed', id: 'a', by: 1 },
      { kind: 'claimed', id: 'a', by: 1 },
    ]);
  });

  it('leaves other SOPs and the unmatched alone', () => {
    const other = { kind: 'matched', id: 'b', rule: 'name', guess: true } as const;
    const none = { kind: 'none' } as const;
    expect(claimMatches([other, none, byName])).toEqual([other, none, byName]);
  });
});

describe('the incoming version in the stored ids', () => {
  it('compares equal to the stored version when only the ids differ (whole corpus)', () => {
    for (const file of [
      '28-kegiatan-peringatan-hari-ibu',
      '24-pemberian-modal-stimulan-single-parent',
      '22-pelayanan-kb-keliling',
    ]) {
      const stored = corpus(file);
      const adopted = adoptIds(stored, positional(stored));
      expect(isEmptyDiff(diffSops(stored, adopted))).toBe(true);
      expect(adopted.steps.map((s) => s.id)).toEqual(stored.steps.map((s) => s.id));
    }
  });

  it('shows one changed cell as one change, and an inserted step as added', () => {
    const stored = corpus('28-kegiatan-peringatan-hari-ibu');
    const incoming = positional(stored);
    incoming.steps[2]!.time = '99 menit';
    incoming.steps.splice(4, 0, { ...incoming.steps[4]!, id: 'new', activity: 'Langkah baru' });
    const diff = diffSops(stored, adoptIds(stored, incoming));
    expect(diff.identity).toEqual([]);
    expect(diff.executors).toEqual([]);
    const kinds = diff.steps.map((c) =>
      c.kind === 'kept' ? `kept:${c.cells.map((x) => x.column).join()}:${c.moved}` : c.kind,
    );
    expect(kinds).toContain('added');
    expect(kinds).toContain('kept:time:false');
    expect(kinds.filter((k) => k !== 'added' && k !== 'kept:time:false')).toEqual([]);
  });
});
