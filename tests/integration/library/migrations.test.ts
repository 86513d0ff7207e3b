// Migrations on real SQLite files: from empty, from every earlier schema (programmatic and the
// committed fixture of each released schema), refusal of newer or different libraries with the
// file left untouched, a migration that fails halfway, and the copy taken before migrating.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { openDatabase } from '../../../electron/db/connection';
import { packDocument } from '../../../electron/db/document-codec';
import { appliedMigrations, migrate, migrationChecksum } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import type { Migration } from '../../../electron/db/migrations';
import { backupDir, libraryFile } from '../../../electron/services/library/data-dir';
import { openLibrary } from '../../../electron/services/library/library';
import { corpusText, openTestLibrary, tempDir } from './helpers';

const FIXTURES = path.resolve(__dirname, '../../fixtures/schemas');

function caught(action: () => unknown): SopError {
  try {
    action();
  } catch (error) {
    if (error instanceof SopError) return error;
    throw error;
  }
  throw new Error('expected a SopError');
}

describe('migrations', () => {
  it('creates a new library at the current schema with every migration recorded', () => {
    const dir = tempDir();
    openTestLibrary(dir).close();
    const db = new Database(libraryFile(dir), { readonly: true });
    const applied = appliedMigrations(db);
    db.close();
    expect(applied.map((m) => [m.id, m.name, m.checksum])).toEqual(
      MIGRATIONS.map((m) => [m.id, m.name, migrationChecksum(m)]),
    );
    expect(fs.readdirSync(dir)).not.toContain('cadangan');
  });

  it('keeps migration ids consecutive from 1', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  for (let done = 1; done < MIGRATIONS.length; done++) {
    it(`upgrades a library made at schema ${done}, keeping its data and indexing it`, () => {
      const dir = tempDir();
      const db = openDatabase(libraryFile(dir));
      migrate(db, MIGRATIONS.slice(0, done));
      const doc = corpusText('02-jambore-imp.sop.json');
      const json = packDocument(JSON.stringify(JSON.parse(doc)));
      // Schemas before the approval migration (4) stored a status column.
      const hasStatus = done < 4;
      db.prepare(
        `INSERT INTO sops (id, name, number, unit, ${hasStatus ? 'status, ' : ''}draft, draft_sha, created_at, updated_at)
         VALUES ('lama', 'JAMBORE IMP', '', 'SEKSI ADVOKASI', ${hasStatus ? "'draft', " : ''}?, 'x', '2026-01-01', '2026-01-01')`,
      ).run(json);
      db.close();

      const library = openTestLibrary(dir);
      expect(library.open('lama').document).toEqual(JSON.parse(doc));
      expect(library.search('jambore').map((hit) => hit.summary.id)).toEqual(['lama']);
      // The starting role list, whether schema 3 seeded it before or during the upgrade.
      expect(library.roles()).toEqual([
        'Pelaksana/Staf',
        'Kepala Seksi',
        'Kepala Sub Bagian',
        'Kepala Bidang',
        'Sekretaris',
        'Kepala Dinas',
      ]);
      const copies = fs.readdirSync(backupDir(dir));
      expect(copies).toEqual([
        expect.stringMatching(
          new RegExp(`^pustaka-sebelum-pembaruan-v${done}-ke-v${MIGRATIONS.length}-`),
        ),
      ]);
      // The copy is the library as it was before migrating.
      const copy = new Database(path.join(backupDir(dir), copies[0]!), { readonly: true });
      expect(appliedMigrations(copy)).toHaveLength(done);
      copy.close();
    });
  }

  const fixtures = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.sqlite'));

  it('has a fixture file for the current schema', () => {
    expect(fixtures).toContain(`library-v${MIGRATIONS.length}.sqlite`);
  });

  for (const fixture of fixtures) {
    it(`opens the released schema fixture ${fixture} with its data intact`, () => {
      const dir = tempDir();
      fs.copyFileSync(path.join(FIXTURES, fixture), libraryFile(dir));
      const library = openTestLibrary(dir);
      const items = library.list().items;
      expect(items.map((s) => s.name)).toEqual(['JAMBORE IMP', 'Pembinaan KELANA']);
      expect(items.find((s) => s.name === 'Pembinaan KELANA')).toMatchObject({
        status: 'approved',
      });
      const jambore = items.find((s) => s.name === 'JAMBORE IMP')!;
      expect(library.revisions(jambore.id).map((r) => r.note)).toEqual([
        'Nomor ditambahkan',
        'Diimpor dari 02-jambore-imp',
      ]);
      expect(library.bin()).toHaveLength(1);
      expect(library.profile().agency).toBe('DINAS CONTOH');
      expect(library.search('kelana')).toHaveLength(1);
      // Indexed by word form, whichever schema the library was made at (pembinaan, membina).
      expect(library.search('bina').map((hit) => hit.summary.name)).toContain('Pembinaan KELANA');
    });
  }

  it('refuses a library from a newer app and leaves the file untouched', () => {
    const dir = tempDir();
    openTestLibrary(dir).close();
    const db = new Database(libraryFile(dir));
    db.prepare(
      "INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (99, 'future', 'x', 'now')",
    ).run();
    db.close();
    const before = fs.readFileSync(libraryFile(dir));
    const error = caught(() => openLibrary(dir, { dailyBackup: false }));
    expect(error.code).toBe('incompatible');
    expect(error.message).toMatch(/versi aplikasi yang lebih baru/);
    expect(fs.readFileSync(libraryFile(dir)).equals(before)).toBe(true);
  });

  it('refuses a library whose recorded migration differs from ours', () => {
    const dir = tempDir();
    openTestLibrary(dir).close();
    const db = new Database(libraryFile(dir));
    db.prepare("UPDATE schema_migrations SET checksum = 'lain' WHERE id = 2").run();
    db.close();
    const error = caught(() => openLibrary(dir, { dailyBackup: false }));
    expect(error.code).toBe('incompatible');
    expect(error.message).toMatch(/tidak cocok/);
  });

  it('rolls back a migration that fails halfway, then applies it once fixed', () => {
    const dir = tempDir();
    const db = openDatabase(libraryFile(dir));
    migrate(db, MIGRATIONS.slice(0, 1));
    const broken: Migration = {
      id: 2,
      name: 'broken',
      sql: 'CREATE TABLE half (a); INSERT INTO half VALUES (1); INSERT INTO no_such_table VALUES (1);',
    };
    const error = caught(() => migrate(db, [MIGRATIONS[0]!, broken]));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/langkah 2/);
    expect(appliedMigrations(db)).toHaveLength(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    migrate(db, MIGRATIONS);
    expect(appliedMigrations(db)).toHaveLength(MIGRATIONS.length);
    db.close();
  });
});
