// The approval rules of the interface: the badge's state, the status filters,
// which versions go to paper after the print choice, and what the revision history compares first.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SopDocument } from '../../../shared/model';
import { parseSopJson } from '../../../shared/model';
import type { RevisionInfo, SopSummary } from '../../../shared/model/library';
import { matchesStatusFilter, statusFilterOf } from '../../../shared/model/library';
import { versionsToPrint, usePrintChoice } from '../../../renderer/src/document/print-choice';
import type { PrintChoice } from '../../../renderer/src/document/print-choice';
import { latestChange } from '../../../renderer/src/features/library/compare';
import { approvalState } from '../../../renderer/src/ui/ApprovalBadge';

const calls = vi.hoisted(() => [] as unknown[][]);

vi.mock('../../../renderer/src/platform/api', () => ({
  ApiError: class extends Error {},
  // library:export of a revision answers that revision's document: the draft renamed.
  call: (channel: string, ...args: unknown[]) => {
    calls.push([channel, ...args]);
    return Promise.resolve({ ...draft, identity: { ...draft.identity, name: `rev ${args[1]}` } });
  },
}));

const draft: SopDocument = parseSopJson(
  readFileSync('resources/examples/contoh-pembinaan-kelana.sop.json', 'utf8'),
);

function summary(id: string, approvedRevision: number | null, changes: boolean): SopSummary {
  return {
    id,
    name: id,
    number: '',
    unit: '',
    status: approvedRevision === null ? 'draft' : 'approved',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revisionCount: approvedRevision ?? 0,
    approvedRevision,
    unapprovedChanges: changes,
    deletedAt: null,
  };
}

/** Answers the print choice as soon as it is asked; records what was asked. */
function answerWith(choice: PrintChoice | null) {
  const asked: unknown[] = [];
  const stop = usePrintChoice.subscribe(({ request }) => {
    if (!request) return;
    asked.push({ revision: request.revision, count: request.count, action: request.action });
    request.answer(choice);
  });
  return { asked, stop };
}

afterEach(() => {
  calls.length = 0;
});

describe('approval state', () => {
  it('is draft before any approval, approved while the draft is that revision, changed after', () => {
    expect(approvalState(summary('a', null, false))).toBe('draft');
    expect(approvalState(summary('a', null, false), true)).toBe('draft');
    expect(approvalState(summary('a', 2, false))).toBe('approved');
    expect(approvalState(summary('a', 2, true))).toBe('changed');
    // An edit not saved yet is a change already.
    expect(approvalState(summary('a', 2, false), true)).toBe('changed');
  });

  it('filters: Disahkan finds changed SOPs too; each SOP has one narrowest filter', () => {
    const changed = summary('c', 1, true);
    expect(statusFilterOf(changed)).toBe('changed');
    expect(matchesStatusFilter(changed, 'approved')).toBe(true);
    expect(matchesStatusFilter(changed, 'changed')).toBe(true);
    expect(matchesStatusFilter(changed, 'draft')).toBe(false);
    expect(matchesStatusFilter(summary('d', null, false), 'draft')).toBe(true);
    expect(matchesStatusFilter(summary('a', 1, false), 'changed')).toBe(false);
  });
});

describe('versions to print', () => {
  const sops = [
    { summary: summary('baru', null, false), draft },
    { summary: summary('berlaku', 1, false), draft },
    { summary: summary('diubah', 3, true), draft },
  ];

  it('asks nothing when no draft changes an approved revision, and marks nothing', async () => {
    const { asked, stop } = answerWith('draft');
    const versions = await versionsToPrint('Cetak', sops.slice(0, 2));
    stop();
    expect(asked).toEqual([]);
    expect(versions?.map((v) => v.draftMark)).toEqual([null, null]);
  });

  it('the draft: only the changed SOP carries the DRAF mark of its approved revision', async () => {
    const { asked, stop } = answerWith('draft');
    const versions = await versionsToPrint('Buku SOP (PDF)', sops);
    stop();
    expect(asked).toEqual([{ revision: 3, count: 1, action: 'Buku SOP (PDF)' }]);
    expect(versions?.map((v) => v.draftMark)).toEqual([null, null, { basedOn: 3 }]);
    expect(versions?.every((v) => v.document === draft)).toBe(true);
    expect(calls).toEqual([]);
  });

  it('the approved revision: read from the library, unmarked', async () => {
    const { stop } = answerWith('approved');
    const versions = await versionsToPrint('Ekspor PDF', sops);
    stop();
    expect(calls).toEqual([['library:export', 'diubah', 3]]);
    expect(versions?.map((v) => [v.document.identity.name, v.draftMark])).toEqual([
      [draft.identity.name, null],
      [draft.identity.name, null],
      ['rev 3', null],
    ]);
  });

  it('asks about several at once without a revision; edits not saved count as changes', async () => {
    const { asked, stop } = answerWith(null);
    const unsaved = { summary: summary('tersimpan', 2, false), draft, dirty: true };
    expect(await versionsToPrint('Cetak', [...sops, unsaved])).toBeNull();
    stop();
    expect(asked).toEqual([{ revision: null, count: 2, action: 'Cetak' }]);
  });
});

describe('revision history', () => {
  const revision = (number: number): RevisionInfo => ({
    sopId: 'x',
    number,
    createdAt: '',
    note: '',
    author: '',
    approvedAt: null,
  });

  it('opens on the latest revision against the one before, or the only one against the draft', () => {
    expect(latestChange([])).toBeNull();
    expect(latestChange([revision(1)])).toEqual([1, 'draft']);
    expect(latestChange([revision(2), revision(3), revision(1)])).toEqual([2, 3]);
  });
});
