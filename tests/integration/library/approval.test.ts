// Approval outlives edits, on a real SQLite library: after Sahkan and an edit
// the SOP stays approved with changes not yet approved; the status filters, search, the bin, the
// summary channel and a library upgraded from schema 3 all say so.

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { packDocument } from '../../../electron/db/document-codec';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { libraryFile } from '../../../electron/services/library/data-dir';
import type { Library } from '../../../electron/services/library/library';
import { LibrarySession } from '../../../electron/services/library/session';
import type { SopDocument } from '../../../shared/model';
import { statusFilterOf } from '../../../shared/model/library';
import type { SopStatusFilter } from '../../../shared/model/library';
import { runSop } from '../../support/run-cli';
import {
  corpusDocument,
  corpusText,
  openTestLibrary,
  sessionApi,
  tempDir,
  testClock,
} from './helpers';

function renamed(doc: SopDocument, name: string): SopDocument {
  return { ...doc, identity: { ...doc.identity, name } };
}

/** The ids the list finds with a status filter. */
function filtered(library: Library, status: SopStatusFilter): string[] {
  return library.list({ status }).items.map((s) => s.id);
}

describe('approval after edits', () => {
  it('an approved SOP stays approved when edited; the edit is a change of that revision', () => {
    const library = openTestLibrary(tempDir(), { now: testClock().now });
    const { summary, document } = library.importText(
      JSON.stringify(corpusDocument('03-pembentukan-poktan.sop.json')),
    );
    library.approve(summary.id, 'Disahkan Kepala Dinas');
    library.saveDraft(summary.id, renamed(document, 'Pembentukan Poktan (perbaikan)'));

    expect(library.summary(summary.id)).toMatchObject({
      status: 'approved',
      approvedRevision: 1,
      unapprovedChanges: true,
    });
    expect(statusFilterOf(library.summary(summary.id))).toBe('changed');
    expect(filtered(library, 'approved')).toEqual([summary.id]);
    expect(filtered(library, 'changed')).toEqual([summary.id]);
    expect(filtered(library, 'draft')).toEqual([]);
    expect(library.search('poktan').map((hit) => hit.summary)).toMatchObject([
      { id: summary.id, status: 'approved', unapprovedChanges: true },
    ]);
    // The approved revision is untouched; the draft is the edit.
    expect(library.openRevision(summary.id, 1).document.identity.name).toBe(document.identity.name);
    expect(library.open(summary.id).document.identity.name).toBe('Pembentukan Poktan (perbaikan)');
  });

  it('saving a revision keeps the changes unapproved until the next Sahkan', () => {
    const library = openTestLibrary();
    const { summary, document } = library.importText(corpusText('02-jambore-imp.sop.json'));
    library.approve(summary.id);
    library.saveDraft(summary.id, renamed(document, 'JAMBORE IMP 2026'));
    expect(library.saveRevision(summary.id, 'Nama diperbarui').number).toBe(2);
    expect(library.summary(summary.id)).toMatchObject({
      approvedRevision: 1,
      unapprovedChanges: true,
    });

    expect(library.approve(summary.id).number).toBe(2);
    expect(library.summary(summary.id)).toMatchObject({
      status: 'approved',
      approvedRevision: 2,
      unapprovedChanges: false,
    });
    expect(filtered(library, 'approved')).toEqual([summary.id]);
    expect(filtered(library, 'changed')).toEqual([]);
  });

  it('restoring the approved revision leaves no changes; the next edit fills Tanggal Revisi again', () => {
    const library = openTestLibrary(tempDir(), { now: testClock().now });
    const { summary, document } = library.importText(corpusText('02-jambore-imp.sop.json'));
    library.approve(summary.id);
    const edited = library.saveDraft(summary.id, renamed(document, 'Perubahan'));
    expect(edited.revisionDateFilled).toBe(true);
    expect(library.saveDraft(summary.id, renamed(edited.document, 'Lagi')).revisionDateFilled).toBe(
      false,
    );

    const restored = library.restoreRevision(summary.id, 1);
    expect(restored.summary).toMatchObject({ approvedRevision: 1, unapprovedChanges: false });
    expect(restored.document).toEqual(document);
    const again = library.saveDraft(summary.id, renamed(document, 'Perubahan kedua'));
    expect(again.revisionDateFilled).toBe(true);
    expect(again.summary.unapprovedChanges).toBe(true);
  });

  it('a never approved SOP is a draft without approved changes; the bin keeps the status', () => {
    const library = openTestLibrary();
    const draft = library.importText(corpusText('02-jambore-imp.sop.json')).summary;
    const approved = library.importText(corpusText('03-pembentukan-poktan.sop.json')).summary;
    library.approve(approved.id);
    library.rename(approved.id, 'Diubah setelah disahkan');
    expect(library.summary(draft.id)).toMatchObject({
      status: 'draft',
      approvedRevision: null,
      unapprovedChanges: false,
    });
    expect(filtered(library, 'draft')).toEqual([draft.id]);

    library.moveToBin(approved.id);
    expect(library.bin()).toMatchObject([
      { id: approved.id, status: 'approved', unapprovedChanges: true },
    ]);
    expect(filtered(library, 'approved')).toEqual([]);
  });

  it('library:summary answers through the dispatcher and refuses bad ids', async () => {
    const session = new LibrarySession(tempDir(), { dailyBackup: false });
    const call = sessionApi(session);
    try {
      const { summary, document } = session.get().importText(corpusText('02-jambore-imp.sop.json'));
      await call('library:approve', summary.id, 'Disahkan');
      await call('library:saveDraft', summary.id, renamed(document, 'Diubah'));
      expect(await call('library:summary', summary.id)).toMatchObject({
        ok: true,
        value: { id: summary.id, status: 'approved', approvedRevision: 1, unapprovedChanges: true },
      });
      expect(await call('library:summary', '')).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      expect(await call('library:summary', 'tidak-ada')).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(await call('library:list', { status: 'changed' })).toMatchObject({
        ok: true,
        value: { total: 1 },
      });
      expect(await call('library:list', { status: 'berlaku' })).toMatchObject({ ok: false });
    } finally {
      session.close();
    }
  });

  it('a library from schema 3 keeps an approval its draft had moved on from', () => {
    const dir = tempDir();
    const db = openDatabase(libraryFile(dir));
    migrate(db, MIGRATIONS.slice(0, 3));
    const text = JSON.stringify(JSON.parse(corpusText('02-jambore-imp.sop.json')));
    // Schema 3 wrote 'draft' as soon as the draft differed from the approved revision 1.
    db.prepare(
      `INSERT INTO sops (key, id, name, number, unit, status, draft, draft_sha, approved_revision,
         created_at, updated_at)
       VALUES (1, 'lama', 'JAMBORE IMP', '', '', 'draft', ?, 'diubah', 1, '2026-01-01', '2026-01-02')`,
    ).run(packDocument(text));
    db.prepare(
      `INSERT INTO revisions (sop_key, number, created_at, author, note, document, sha, approved_at)
       VALUES (1, 1, '2026-01-01', 'siti', 'Disahkan', ?, 'disahkan', '2026-01-01')`,
    ).run(packDocument(text));
    db.close();

    const library = openTestLibrary(dir);
    expect(library.summary('lama')).toMatchObject({
      status: 'approved',
      approvedRevision: 1,
      unapprovedChanges: true,
    });
    expect(filtered(library, 'approved')).toEqual(['lama']);
  });

  it('sop library list --status changed finds it and says "changed"; --json has the flags', () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const { summary, document } = library.importText(corpusText('02-jambore-imp.sop.json'));
    library.importText(corpusText('03-pembentukan-poktan.sop.json'));
    library.approve(summary.id);
    library.saveDraft(summary.id, renamed(document, 'JAMBORE IMP 2026'));
    library.close();

    const list = (...args: string[]) => runSop(['library', 'list', '--data-dir', dir, ...args]);
    const changed = list('--status', 'changed');
    expect(changed.code).toBe(0);
    expect(changed.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${summary.id}\tchanged\t.*\tJAMBORE IMP 2026$`)),
    ]);
    const json = JSON.parse(list('--status', 'approved', '--json').stdout) as unknown[];
    expect(json).toMatchObject([
      { id: summary.id, status: 'approved', approvedRevision: 1, unapprovedChanges: true },
    ]);
    expect(list('--status', 'berlaku').code).toBe(2);
  });
});
