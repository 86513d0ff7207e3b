// Drafts and revisions on a real SQLite library: autosave in place, saved revisions with author
// and note, approval (Sahkan), editing an approved SOP, restore, listing with sort and filter.

import { describe, expect, it } from 'vitest';
import { isSopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import { corpusDocument, openTestLibrary, tempDir, testClock } from './helpers';

function withActivity(doc: SopDocument, index: number, activity: string): SopDocument {
  return { ...doc, steps: doc.steps.map((s, i) => (i === index ? { ...s, activity } : s)) };
}

describe('drafts and revisions', () => {
  it('autosave updates the draft in place without writing revisions', () => {
    const library = openTestLibrary();
    const { summary } = library.importText(
      JSON.stringify(corpusDocument('02-jambore-imp.sop.json')),
    );
    const doc = library.open(summary.id).document;
    for (let i = 0; i < 20; i++)
      library.saveDraft(summary.id, withActivity(doc, 0, `ketikan ${i}`));
    expect(library.open(summary.id).document.steps[0]!.activity).toBe('ketikan 19');
    expect(library.revisions(summary.id)).toHaveLength(1);
  });

  it('saving writes a revision with time, note and the author; an unchanged draft adds none', () => {
    const clock = testClock();
    const library = openTestLibrary(tempDir(), { now: clock.now, author: 'siti' });
    const { summary, document } = library.create({ fromProfile: false });
    library.saveDraft(summary.id, { ...document, identity: { ...document.identity, name: 'A' } });
    clock.advance(60_000);
    const first = library.saveRevision(summary.id, 'versi awal');
    expect(first).toMatchObject({
      number: 1,
      note: 'versi awal',
      author: 'siti',
      approvedAt: null,
    });
    expect(first.createdAt).toBe(clock.now().toISOString());
    expect(library.saveRevision(summary.id).number).toBe(1);
    library.rename(summary.id, 'B');
    const second = library.saveRevision(summary.id);
    expect(second.number).toBe(2);
    expect(library.revisions(summary.id).map((r) => r.number)).toEqual([2, 1]);
    expect(library.openRevision(summary.id, 1).document.identity.name).toBe('A');
    expect(library.openRevision(summary.id, 2).document.identity.name).toBe('B');
  });

  it('approving freezes a revision; editing afterwards fills Tanggal Revisi, approval stays', () => {
    const clock = testClock();
    const library = openTestLibrary(tempDir(), { now: clock.now });
    const { summary, document } = library.importText(
      JSON.stringify(corpusDocument('03-pembentukan-poktan.sop.json')),
    );
    const approved = library.approve(summary.id, 'Disahkan Kepala Dinas');
    expect(approved.approvedAt).toBe(clock.now().toISOString());
    expect(approved.number).toBe(1);
    expect(library.open(summary.id).summary).toMatchObject({
      status: 'approved',
      approvedRevision: 1,
      unapprovedChanges: false,
    });
    expect(document.identity.revisionDate).not.toBe('22 November 2026');

    const edited = library.saveDraft(summary.id, withActivity(document, 1, 'Langkah diubah'));
    expect(edited.revisionDateFilled).toBe(true);
    expect(edited.document.identity.revisionDate).toBe('22 November 2026');
    expect(edited.summary).toMatchObject({
      status: 'approved',
      approvedRevision: 1,
      unapprovedChanges: true,
    });
    expect(library.open(summary.id).document.identity.revisionDate).toBe('22 November 2026');
    // The approved revision itself is unchanged.
    expect(library.openRevision(summary.id, 1).document).toEqual(document);

    const again = library.saveDraft(summary.id, withActivity(edited.document, 1, 'Lagi'));
    expect(again.revisionDateFilled).toBe(false);
    library.approve(summary.id);
    const history = library.revisions(summary.id);
    expect(history.map((r) => [r.number, r.approvedAt !== null])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(library.list({ status: 'approved' }).items.map((s) => s.id)).toEqual([summary.id]);
  });

  it('restores an old revision as the new draft', () => {
    const library = openTestLibrary();
    const { summary, document } = library.create({ fromProfile: false });
    library.rename(summary.id, 'Versi satu');
    library.saveRevision(summary.id);
    library.rename(summary.id, 'Versi dua');
    library.saveRevision(summary.id);
    const restored = library.restoreRevision(summary.id, 1);
    expect(restored.document.identity.name).toBe('Versi satu');
    expect(library.open(summary.id).document).toEqual({
      ...document,
      identity: { ...document.identity, name: 'Versi satu' },
    });
    expect(library.revisions(summary.id)).toHaveLength(2);
  });

  it('compares two revisions, or a revision with the draft', () => {
    const library = openTestLibrary();
    const { summary, document } = library.importText(
      JSON.stringify(corpusDocument('02-jambore-imp.sop.json')),
    );
    library.saveDraft(summary.id, withActivity(document, 2, 'Kegiatan baru'));
    library.saveRevision(summary.id);
    library.rename(summary.id, 'JAMBORE IMP 2026');
    const saved = library.compare(summary.id, 1, 2);
    expect(saved.identity).toEqual([]);
    expect(saved.steps).toMatchObject([
      { kind: 'kept', beforeNumber: 3, cells: [{ column: 'activity' }] },
    ]);
    const draft = library.compare(summary.id, 2, 'draft');
    expect(draft.identity).toMatchObject([{ field: 'name', after: 'JAMBORE IMP 2026' }]);
    expect(draft.steps).toEqual([]);
  });

  it('refuses to change or delete a stored revision, even with direct SQL', async () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const { summary } = library.importText(
      JSON.stringify(corpusDocument('02-jambore-imp.sop.json')),
    );
    library.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(`${dir}/pustaka-sop.sqlite`);
    expect(() => db.prepare("UPDATE revisions SET note = 'diubah'").run()).toThrow(/immutable/);
    expect(() => db.prepare("UPDATE revisions SET document = '{}'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM revisions').run()).toThrow(/cannot be deleted/);
    db.close();
    const reopened = openTestLibrary(dir);
    expect(reopened.revisions(summary.id)[0]!.note).toMatch(/^Diimpor/);
  });

  it('rejects invalid documents and unknown ids with Indonesian messages', () => {
    const library = openTestLibrary();
    const { summary, document } = library.create({ fromProfile: false });
    const broken = {
      ...document,
      steps: [{ id: 's1', symbol: 'segitiga' }],
    } as unknown as SopDocument;
    expect(() => library.saveDraft(summary.id, broken)).toThrow(/tidak sah/);
    const error = (() => {
      try {
        library.open('tidak-ada');
      } catch (caught) {
        return caught;
      }
    })();
    expect(isSopError(error) && error.code).toBe('not-found');
    expect(() => library.openRevision(summary.id, 7)).toThrow(/Revisi 7 tidak ada/);
  });

  it('creates from the organisation profile, duplicates and renames', () => {
    const library = openTestLibrary();
    library.setProfile({
      government: 'PEMERINTAH KABUPATEN KATINGAN',
      agency: 'DINAS KESEHATAN',
      unit: 'BIDANG P2P',
      logo: {
        mime: 'image/png',
        data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4AWP4DwQACfsD/c8LaHIAAAAASUVORK5CYII=',
      },
      approvedBy: { title: 'Kepala Dinas', name: 'RENTAS, SH', nip: '196206031985031016' },
      paper: 'Legal',
    });
    const fresh = library.create();
    expect(fresh.document.identity).toMatchObject({
      government: 'PEMERINTAH KABUPATEN KATINGAN',
      unit: 'BIDANG P2P',
      approvedBy: { name: 'RENTAS, SH' },
      logo: { mime: 'image/png' },
    });
    expect(fresh.document.print.paper).toBe('Legal');
    expect(library.create({ fromProfile: false }).document.identity.government).toBe('');

    library.rename(fresh.summary.id, 'Pelayanan Imunisasi');
    const copy = library.duplicate(fresh.summary.id);
    expect(copy.summary.id).not.toBe(fresh.summary.id);
    expect(copy.summary.name).toBe('Pelayanan Imunisasi (salinan)');
    expect(copy.summary.revisionCount).toBe(0);
  });
});

describe('listing', () => {
  function seed() {
    const clock = testClock();
    const library = openTestLibrary(tempDir(), { now: clock.now });
    const rows: [string, string, string][] = [
      ['beta', '002/B', 'BIDANG KB'],
      ['Alfa', '010/A', 'BIDANG PP'],
      ['gamma', '001/C', 'BIDANG KB'],
    ];
    const ids = rows.map(([name, number, unit]) => {
      clock.advance(1_000);
      const { summary, document } = library.create({ fromProfile: false });
      library.saveDraft(summary.id, {
        ...document,
        identity: { ...document.identity, name, number, unit },
      });
      return summary.id;
    });
    return { library, ids };
  }

  it('sorts by name, number, unit and update time, both ways', () => {
    const { library } = seed();
    const names = (query: Parameters<typeof library.list>[0]) =>
      library.list(query).items.map((s) => s.name);
    expect(names({ sort: 'name' })).toEqual(['Alfa', 'beta', 'gamma']);
    expect(names({ sort: 'name', direction: 'desc' })).toEqual(['gamma', 'beta', 'Alfa']);
    expect(names({ sort: 'number' })).toEqual(['gamma', 'beta', 'Alfa']);
    expect(names({ sort: 'unit' })).toEqual(['beta', 'gamma', 'Alfa']);
    expect(names({ sort: 'updated', direction: 'desc' })).toEqual(['gamma', 'Alfa', 'beta']);
  });

  it('filters by unit and status and pages', () => {
    const { library, ids } = seed();
    expect(library.list({ unit: 'BIDANG KB' }).items.map((s) => s.name)).toEqual(['beta', 'gamma']);
    library.approve(ids[1]!);
    expect(library.list({ status: 'approved' }).items.map((s) => s.name)).toEqual(['Alfa']);
    expect(library.list({ status: 'draft' }).total).toBe(2);
    const page = library.list({ limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ name: 'gamma' }] });
    expect(library.units()).toEqual([
      { unit: 'BIDANG KB', count: 2 },
      { unit: 'BIDANG PP', count: 1 },
    ]);
    expect(() => library.list({ limit: 0 })).toThrow();
  });
});
