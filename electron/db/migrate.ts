// Brings a library up to this app's schema: checks the recorded migrations against our own list
// (refusing a library from a newer or different app), then applies the missing ones, each in one
// transaction with its checksum recorded.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { SopError } from '../../shared/errors';
import type { Db } from './connection';
import type { Migration } from './migrations';

export type AppliedMigration = { id: number; name: string; checksum: string; appliedAt: string };

export type MigrateOptions = {
  /** Called once before the first pending migration runs on a library that already has data. */
  beforeMigrating?: (fromVersion: number, toVersion: number) => void;
  now?: () => Date;
};

export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export function appliedMigrations(db: Db): AppliedMigration[] {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!exists) return [];
  return db
    .prepare(
      'SELECT id, name, checksum, applied_at AS appliedAt FROM schema_migrations ORDER BY id',
    )
    .all() as AppliedMigration[];
}

/**
 * Refuses, only by reading, a database that is not a library of this app: one with tables but
 * no migration record (another program's SQLite file), or one from a newer or different app.
 */
export function checkOwnLibrary(db: Db, file: string, migrations: readonly Migration[]): void {
  const applied = appliedMigrations(db);
  if (applied.length === 0 && hasForeignTables(db)) {
    throw new SopError(
      'not-a-library',
      `Berkas "${path.basename(file)}" di folder data adalah basis data program lain, bukan pustaka SOP. Berkas dibiarkan apa adanya; pindahkan atau ganti namanya, lalu buka lagi untuk memulai pustaka baru.`,
      `${file}: tables without schema_migrations`,
    );
  }
  pendingMigrations(applied, migrations);
}

/** Tables other than our migration record, which a first start creates before migration 1. */
function hasForeignTables(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE name <> 'schema_migrations' LIMIT 1").get() !==
    undefined
  );
}

/** Returns the migrations still to apply, or throws `incompatible` when the library disagrees. */
export function pendingMigrations(
  applied: AppliedMigration[],
  migrations: readonly Migration[],
): Migration[] {
  applied.forEach((record, index) => {
    const ours = migrations[index];
    if (!ours || record.id > migrations.length) {
      throw new SopError(
        'incompatible',
        'Pustaka SOP ini dibuat oleh versi aplikasi yang lebih baru. Perbarui SOP AP Editor untuk membukanya; berkas pustaka tidak diubah.',
        `library has migration ${record.id} (${record.name}); this app knows ${migrations.length}`,
      );
    }
    if (record.id !== ours.id || record.checksum !== migrationChecksum(ours)) {
      throw new SopError(
        'incompatible',
        'Struktur pustaka SOP ini tidak cocok dengan versi aplikasi ini (mungkin dibuat oleh versi uji coba). Berkas pustaka tidak diubah; buka dengan versi aplikasi yang membuatnya atau pulihkan dari cadangan.',
        `migration ${record.id} (${record.name}) differs from ours (${ours.id} ${ours.name})`,
      );
    }
  });
  return migrations.slice(applied.length);
}

export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): void {
  const applied = appliedMigrations(db);
  const pending = pendingMigrations(applied, migrations);
  if (pending.length === 0) return;
  if (applied.length > 0) options.beforeMigrating?.(applied.length, migrations.length);
  const now = options.now ?? (() => new Date());
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const record = db.prepare(
    'INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const migration of pending) {
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, migrationChecksum(migration), now().toISOString());
    });
    try {
      apply();
    } catch (error) {
      throw new SopError(
        'internal',
        `Pembaruan struktur pustaka SOP (langkah ${migration.id}) gagal; pustaka tetap seperti sebelumnya. Laporkan masalah ini kepada pengembang.`,
        `migration ${migration.id} (${migration.name}): ${String(error)}`,
      );
    }
  }
}
