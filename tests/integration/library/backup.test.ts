// Backups: the automatic daily copy (one per day, seven kept), Cadangkan to a chosen file and
// Pulihkan from one, which is validated first and keeps a copy of the library it replaces.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { backupDir } from '../../../electron/services/library/data-dir';
import { LibrarySession } from '../../../electron/services/library/session';
import { inlineRunner } from '../../../electron/services/workers/runner';
import { corpusText, openTestLibrary, tempDir, testClock } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('daily backups', () => {
  it('copies once per day, keeps the last seven, and the copies open as libraries', () => {
    const clock = testClock();
    const dir = tempDir();
    const library = openTestLibrary(dir, { now: clock.now, dailyBackup: true });
    library.importText(corpusText('02-jambore-imp.sop.json'));
    expect(library.dailyBackup()).toBeUndefined();
    for (let day = 0; day < 9; day++) {
      clock.advance(DAY);
      expect(library.dailyBackup()).toBeDefined();
    }
    const daily = fs.readdirSync(backupDir(dir)).sort();
    expect(daily).toHaveLength(7);
    expect(daily[0]).toBe('pustaka-harian-2026-11-25.sqlite');
    expect(daily[6]).toBe('pustaka-harian-2026-12-01.sqlite');
    const copy = new Database(path.join(backupDir(dir), daily[6]!), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) AS n FROM sops').get()).toEqual({ n: 1 });
    copy.close();
    expect(library.backups()).toHaveLength(7);
  });

  it('reports a failed daily copy without stopping the library', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cadangan'), 'bukan folder');
    const library = openTestLibrary(dir, { dailyBackup: true });
    expect(library.backupProblem?.code).toBe('io');
    const created = library.create({ fromProfile: false }).summary.id;
    expect(library.list().items.map((s) => s.id)).toEqual([created]);
  });
});

describe('Cadangkan and Pulihkan', () => {
  it('backs up to a chosen file and restores from it, keeping a copy of the replaced library', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const library = openTestLibrary(dir);
    const kept = library.importText(corpusText('02-jambore-imp.sop.json')).summary.id;
    const target = path.join(elsewhere, 'cadangan-pustaka.sqlite');
    const progress: number[][] = [];
    const onProgress = (done: number, total: number) => progress.push([done, total]);
    expect(await library.backupTo(target, { onProgress })).toMatchObject({
      file: target,
      bytes: fs.statSync(target).size,
    });
    expect(progress.length).toBeGreaterThan(0);
    // A backup is one self-contained file, not a WAL database needing its side files.
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();

    library.importText(corpusText('03-pembentukan-poktan.sop.json'));
    library.moveToBin(kept);
    expect(library.list().total).toBe(1);

    const restoring: number[][] = [];
    const safety = await library.restoreFrom(target, {
      runner: inlineRunner,
      onProgress: (done, total) => restoring.push([done, total]),
    });
    expect(restoring.at(-1)?.[0]).toBe(restoring.at(-1)?.[1]);
    expect(path.basename(safety.file)).toMatch(/^pustaka-sebelum-pemulihan-/);
    expect(library.list().items.map((s) => s.id)).toEqual([kept]);
    expect(library.revisions(kept)).toHaveLength(1);
    expect(library.search('jambore')).toHaveLength(1);
    // The library keeps working after the swap, and the replaced one is in the safety copy.
    library.rename(kept, 'Setelah pemulihan');
    const old = new Database(safety.file, { readonly: true });
    expect(old.prepare('SELECT count(*) AS n FROM sops').get()).toEqual({ n: 2 });
    old.close();
    library.close();
    expect(openTestLibrary(dir).open(kept).summary.name).toBe('Setelah pemulihan');
  });

  it('stops a backup between steps when cancelled, leaving no file', async () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    for (let i = 0; i < 20; i++) library.importText(corpusText('02-jambore-imp.sop.json'));
    const target = path.join(tempDir(), 'cadangan.sqlite');
    const controller = new AbortController();
    const copied: number[] = [];
    const backup = library.backupTo(target, {
      signal: controller.signal,
      onProgress: (done) => {
        copied.push(done);
        controller.abort();
      },
    });
    await expect(backup).rejects.toMatchObject({ code: 'cancelled' });
    expect(copied).toHaveLength(1);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    expect(library.list().total).toBe(20);
    library.close();
  });

  it('refuses to restore from a file that is not an intact library, changing nothing', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const library = openTestLibrary(dir);
    library.importText(corpusText('02-jambore-imp.sop.json'));
    const notSqlite = path.join(elsewhere, 'foto.sqlite');
    fs.writeFileSync(notSqlite, Buffer.alloc(8192, 7));
    const otherDb = path.join(elsewhere, 'lain.sqlite');
    const other = new Database(otherDb);
    other.exec('CREATE TABLE catatan (isi TEXT)');
    other.close();
    const truncated = path.join(elsewhere, 'terpotong.sqlite');
    await library.backupTo(truncated);
    fs.truncateSync(truncated, 4096 * 2);
    const newer = path.join(elsewhere, 'baru.sqlite');
    await library.backupTo(newer);
    const db = new Database(newer);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'masa depan', 'x', 'nanti')").run();
    db.close();

    for (const [file, code] of [
      [notSqlite, 'corrupt'],
      [otherDb, 'corrupt'],
      [truncated, 'corrupt'],
      [newer, 'incompatible'],
      [path.join(elsewhere, 'tidak-ada.sqlite'), 'corrupt'],
    ] as const) {
      const error = await library.restoreFrom(file, { runner: inlineRunner }).catch((e) => e);
      expect(error).toBeInstanceOf(SopError);
      expect((error as SopError).code).toBe(code);
    }
    expect(library.list().total).toBe(1);
    library.close();
    // No safety copy was needed and no staged file was left behind.
    expect(fs.readdirSync(dir).sort()).toEqual(['pustaka-sop.sqlite']);
  });
});

describe('a long-running session', () => {
  it('takes the daily copy on the first call of each new day and restores an automatic copy', async () => {
    const clock = testClock();
    const dir = tempDir();
    const session = new LibrarySession(dir, { now: clock.now, author: 'penguji' });
    try {
      const id = session.get().importText(corpusText('02-jambore-imp.sop.json')).summary.id;
      expect(session.status()).toEqual({ problem: null, backupProblem: null });
      clock.advance(DAY);
      session.get().rename(id, 'Hari kedua');
      const copies = session
        .get()
        .backups()
        .map((b) => path.basename(b.file))
        .sort();
      expect(copies).toEqual([
        'pustaka-harian-2026-11-22.sqlite',
        'pustaka-harian-2026-11-23.sqlite',
      ]);

      // The second day's copy was taken before that day's first change.
      const run = { runner: inlineRunner };
      await session.restore({ automaticCopy: 'pustaka-harian-2026-11-23.sqlite' }, run);
      expect(session.get().open(id).summary.name).toBe('JAMBORE IMP');
      await expect(
        session.restore({ automaticCopy: '../pustaka-sop.sqlite' }, run),
      ).rejects.toThrow(SopError);
      await expect(session.restore({ automaticCopy: 'tidak-ada.sqlite' }, run)).rejects.toThrow(
        /tidak ada lagi/,
      );
    } finally {
      session.close();
    }
  });

  it('restores over a broken library after setting it aside', async () => {
    const dir = tempDir();
    const healthy = openTestLibrary(tempDir());
    healthy.importText(corpusText('03-pembentukan-poktan.sop.json'));
    const backup = path.join(tempDir(), 'cadangan.sqlite');
    await healthy.backupTo(backup);
    fs.writeFileSync(path.join(dir, 'pustaka-sop.sqlite'), 'rusak '.repeat(1000));
    const session = new LibrarySession(dir, { dailyBackup: false });
    try {
      expect(session.status().problem?.code).toBe('corrupt');
      await session.restore(
        { bytes: new Uint8Array(fs.readFileSync(backup)) },
        { runner: inlineRunner },
      );
      expect(session.get().list().total).toBe(1);
      expect(fs.readdirSync(dir).some((name) => name.startsWith('pustaka-sop.rusak-'))).toBe(true);
    } finally {
      session.close();
    }
  });
});
