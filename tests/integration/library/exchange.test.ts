// The exchange loop with the bureau: a bureau workbook of the corpus is exported from a library,
// re-saved by LibreOffice (as the bureau's office suite would), one cell is changed, and the
// workbook is imported into the same library: the SOP count is unchanged, exactly one SOP gets a
// new draft holding that change (its approved revision untouched), the others are unchanged.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { hasLibreOffice, resaveWithLibreOffice } from '../xlsx-export/libreoffice';
import { corpusFiles, openTestLibrary } from './helpers';
import { readSopFile } from '../../../electron/services/library/transfer';
import { LibrarySession } from '../../../electron/services/library/session';
import { sessionApi, tempDir } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The workbook with one shared text replaced (it must occur exactly once). */
function changeText(bytes: Uint8Array, before: string, after: string): Uint8Array {
  const files = unzipSync(bytes);
  const part = 'xl/sharedStrings.xml';
  const xml = strFromU8(files[part]!);
  const needle = `>${escapeXml(before)}<`;
  expect(xml.split(needle)).toHaveLength(2);
  files[part] = strToU8(xml.replace(needle, `>${escapeXml(after)}<`));
  return zipSync(files);
}

describe.skipIf(!hasLibreOffice())('the exchange loop with the bureau', () => {
  it(
    'a returned workbook re-saved by LibreOffice updates the one SOP changed, in place',
    { timeout: 600_000 },
    async () => {
      const library = openTestLibrary();
      const ids = corpusFiles().map((file) => library.importDocument(readSopFile(file)).summary.id);
      const changedIndex = 3;
      const changedId = ids[changedIndex]!;
      library.approve(changedId, 'Disahkan sebelum dikirim ke Biro');
      library.approve(ids[10]!);
      const approvedBefore = library.openRevision(changedId, 1).document;
      const step = approvedBefore.steps[1]!;
      const corrected = `${step.activity} (dikoreksi Biro Organisasi)`;

      const exported = await exportWorkbook(library.workbookEntries(ids));
      const dir = mkdtempSync(path.join(tmpdir(), 'exchange-lo-'));
      dirs.push(dir);
      const returned = changeText(resaveWithLibreOffice(exported, dir), step.activity, corrected);

      const { sops } = await importWorkbook(returned);
      expect(sops).toHaveLength(ids.length);
      expect(sops.map((sop) => sop.library?.id)).toEqual(ids);
      const plans = library.planExchange(sops.map((sop) => ({ ...sop, source: 'biro.xlsx' })));
      const outcomes = plans.map((plan) => library.applyExchange(plan));

      expect(library.list().total).toBe(ids.length);
      const updated = outcomes.filter((o) => o.kind === 'updated');
      expect(updated.map((o) => o.kind === 'updated' && o.id)).toEqual([changedId]);
      expect(outcomes.filter((o) => o.kind === 'unchanged')).toHaveLength(ids.length - 1);

      const after = library.open(changedId);
      expect(after.document.steps[1]!.activity).toBe(corrected);
      expect(after.document.steps[1]!.id).toBe(step.id);
      expect(after.summary.status).toBe('approved');
      expect(after.summary.unapprovedChanges).toBe(true);
      const approved = after.summary.approvedRevision!;
      expect(library.openRevision(changedId, approved).document).toEqual(approvedBefore);
      const diff = library.compare(changedId, approved, 'draft');
      expect(diff.steps).toEqual([
        expect.objectContaining({
          kind: 'kept',
          stepId: step.id,
          cells: [expect.objectContaining({ column: 'activity', after: corrected })],
        }),
      ]);
      const notes = (id: string) => library.revisions(id).map((r) => r.note);
      expect(notes(changedId)).toContain('Diperbarui dari biro.xlsx');
      for (const id of ids.filter((id) => id !== changedId)) {
        expect(notes(id)).not.toContain('Diperbarui dari biro.xlsx');
      }
    },
  );
});

describe('an update from the bureau', () => {
  it('first saves draft edits not yet saved as their own revision, so nothing is lost', () => {
    const library = openTestLibrary();
    const file = corpusFiles()[2]!;
    const { summary } = library.importDocument(readSopFile(file));
    const edited = library.open(summary.id).document;
    edited.steps[0]!.notes = 'catatan yang belum disimpan';
    library.saveDraft(summary.id, edited);
    const incoming = readSopFile(file);
    incoming.steps[1]!.time = '2 jam';

    const [plan] = library.planExchange([{ document: incoming, source: 'kantor.sop.json' }]);
    expect(plan?.match).toMatchObject({ kind: 'matched', id: summary.id, rule: 'number' });
    expect(plan?.proposed).toBe('update');
    expect(library.applyExchange(plan!)).toMatchObject({ kind: 'updated', id: summary.id });

    const revisions = library.revisions(summary.id);
    expect(revisions.map((r) => r.note)).toEqual([
      'Diperbarui dari kantor.sop.json',
      'Draf sebelum diperbarui dari kantor.sop.json',
      'Diimpor',
    ]);
    expect(library.openRevision(summary.id, 2).document.steps[0]!.notes).toBe(
      'catatan yang belum disimpan',
    );
    expect(library.open(summary.id).document.steps[1]!.time).toBe('2 jam');
  });

  it('adds or skips as chosen, and refuses to update an SOP that matched nothing', () => {
    const library = openTestLibrary();
    const doc = readSopFile(corpusFiles()[0]!);
    const [plan] = library.planExchange([{ document: doc, source: 'baru.xlsx' }]);
    expect(plan).toMatchObject({ match: { kind: 'none' }, update: null, proposed: 'new' });
    expect(library.applyExchange(plan!, 'skip')).toEqual({ kind: 'skipped' });
    expect(() => library.applyExchange(plan!, 'update')).toThrow(/tidak cocok/);
    expect(library.list().total).toBe(0);
    expect(library.applyExchange(plan!)).toMatchObject({ kind: 'added' });
    const [again] = library.planExchange([{ document: doc, source: 'baru.xlsx' }]);
    expect(again?.proposed).toBe('skip');
    expect(library.applyExchange(again!)).toMatchObject({ kind: 'unchanged' });
    const [copy] = library.planExchange([{ document: doc, source: 'baru.xlsx' }], true);
    expect(library.applyExchange(copy!)).toMatchObject({ kind: 'added' });
    expect(library.list().total).toBe(2);
  });
});

describe('two SOPs of one import matching the same library SOP', () => {
  it('updates it once: the closer match keeps it, the other is proposed as a new SOP', () => {
    const library = openTestLibrary();
    const file = corpusFiles()[1]!;
    const { summary } = library.importDocument(readSopFile(file));
    const byNumber = readSopFile(file);
    byNumber.steps[0]!.time = '1 jam';
    const byId = readSopFile(file);
    byId.steps[0]!.time = '2 jam';
    const plans = library.planExchange([
      { document: byNumber, source: 'a.xlsx' },
      { document: byId, library: { id: summary.id, revision: 1 }, source: 'b.xlsx' },
    ]);
    expect(plans.map((p) => p.match)).toEqual([
      { kind: 'claimed', id: summary.id, by: 2 },
      { kind: 'matched', id: summary.id, rule: 'id', guess: false },
    ]);
    expect(plans.map((p) => p.proposed)).toEqual(['new', 'update']);
    expect(() => library.applyExchange(plans[0]!, 'update')).toThrow(/tidak cocok/);
    plans.forEach((plan) => library.applyExchange(plan));
    expect(library.open(summary.id).document.steps[0]!.time).toBe('2 jam');
    expect(library.list().total).toBe(2);
  });
});

describe('library:planExchange and library:applyExchange', () => {
  it('review without writing, then apply the chosen actions; bad arguments are refused', async () => {
    const session = new LibrarySession(tempDir(), { dailyBackup: false });
    const call = sessionApi(session);
    try {
      const [one, two] = corpusFiles().map((file) => readSopFile(file));
      const stored = session.get().importDocument(one!);
      const changed = structuredClone(one!);
      changed.steps[0]!.output = 'Surat yang sudah diparaf';
      const incoming = [
        { document: changed, library: { id: stored.summary.id, revision: 1 }, source: 'biro.xlsx' },
        { document: two!, source: 'biro.xlsx' },
      ];
      const review = await call('library:planExchange', incoming);
      expect(review).toMatchObject({
        ok: true,
        value: [
          {
            match: { kind: 'matched', rule: 'id' },
            targetName: one!.identity.name,
            proposed: 'update',
          },
          { match: { kind: 'none' }, targetName: null, diff: null, proposed: 'new' },
        ],
      });
      expect(session.get().list().total).toBe(1);
      const done = await call('library:applyExchange', incoming, ['update', 'skip']);
      expect(done).toMatchObject({
        ok: true,
        value: [
          { kind: 'updated', id: stored.summary.id },
          { kind: 'skipped', id: null },
        ],
      });
      expect(session.get().open(stored.summary.id).document.steps[0]!.output).toBe(
        'Surat yang sudah diparaf',
      );
      for (const [channel, args] of [
        ['library:planExchange', [[]]],
        ['library:planExchange', [[{ document: one, source: 'x', extra: 1 }]]],
        ['library:planExchange', [[{ document: one, library: { id: 'x' }, source: 'x' }]]],
        ['library:applyExchange', [incoming, ['replace']]],
      ] as const) {
        expect(await call(channel, ...args)).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument' },
        });
      }
    } finally {
      session.close();
    }
  });
});
