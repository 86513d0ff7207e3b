// Opens the library database: refuses damaged files before writing anything, takes an exclusive
// lock so a second process sees "busy" instead of writing alongside, lets the caller refuse a
// file that is not its own, and only then sets the pragmas (which may write).

import Database from 'better-sqlite3';
import { SopError } from '../../shared/errors';
import { registerDocumentFunctions } from './document-codec';
import { checkDatabaseFile, corruptLibraryError } from './file-check';
import { errorCode, isWritable, notWritableError, systemFailure } from './system-errors';

export type Db = Database.Database;

/**
 * `inspect` runs on the opened file before anything can write to it (it may only read), so a
 * file it refuses (another program's database, a newer library) is left byte for byte as it was.
 */
export function openDatabase(file: string, inspect?: (db: Db) => void): Db {
  checkDatabaseFile(file);
  let db: Db;
  try {
    // `npm start` builds an Electron-ABI binding beside the Node one and names it here.
    const nativeBinding = process.env.SOP_SQLITE_BINDING;
    db = new Database(file, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw translateSqliteError(error, file);
  }
  try {
    // Exclusive locking must be set before the first read: the lock is then held until close,
    // and with WAL no shared-memory index is used, so no other process can read or write.
    db.pragma('locking_mode = EXCLUSIVE');
    // The quick check runs before any pragma that could write, so a damaged file stays as is.
    const problems = quickCheck(db);
    if (problems.length > 0) throw corruptLibraryError(file, problems.slice(0, 5).join('; '));
    inspect?.(db);
    db.pragma('journal_mode = WAL');
    // NORMAL with WAL: a commit survives a crash or kill of the app and the file never corrupts;
    // revisions are committed with FULL (see `durably`) so they also survive a power cut.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    registerDocumentFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw translateSqliteError(error, file);
  }
}

/**
 * Runs a write transaction whose commit waits for the disk (synchronous = FULL): for revisions
 * and approvals, which must survive a power cut. Autosaved drafts skip the flush, since the next
 * autosave rewrites them within seconds anyway.
 */
export function durably<T>(db: Db, write: () => T): T {
  // Nested in a caller's transaction (an import writing its first revision), the commit is the
  // caller's; the safety level cannot change inside a transaction.
  if (db.inTransaction) return db.transaction(write)();
  db.pragma('synchronous = FULL');
  try {
    return db.transaction(write)();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}

/** Writes a consistent copy of the database to `file` (`VACUUM INTO`), even while it is in use. */
export function copyDatabase(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/**
 * `PRAGMA quick_check` on every stored table (the schema, our tables and the search index's
 * own tables). The whole-database form would also re-tokenise every document to verify the
 * FTS5 index semantically, which multiplies the time to open a large library; that index is
 * derived data that `rebuildSearchIndex` can recreate (`Library.checkIntegrity` does both).
 */
export function quickCheck(db: Db): string[] {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'",
    )
    .pluck()
    .all() as string[];
  const problems: string[] = [];
  for (const table of ['sqlite_schema', ...tables]) {
    const rows = db.pragma(`quick_check("${table.replace(/"/g, '""')}")`) as {
      quick_check: string;
    }[];
    problems.push(...rows.map((row) => row.quick_check).filter((text) => text !== 'ok'));
  }
  return problems;
}

/** Maps SQLite failures at open time to messages a user can act on. */
export function translateSqliteError(error: unknown, file: string): unknown {
  if (error instanceof SopError) return error;
  const code = errorCode(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_IOERR_LOCK') {
    // On a read-only folder SQLite cannot take its lock either; that is not another program.
    if (!isWritable(file)) return notWritableError('Pustaka SOP', `${file}: ${String(error)}`);
    return busyLibrary(file, String(error));
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_INDEX') {
    return corruptLibraryError(file, String(error));
  }
  const system = systemFailure(error, 'Pustaka SOP');
  if (system) return system;
  return new SopError(
    'io',
    'Pustaka SOP tidak dapat dibuka karena kesalahan baca/tulis. Periksa ruang disk dan izin folder data, lalu coba lagi.',
    `${file}: ${String(error)}`,
  );
}

export function busyLibrary(file: string, detail: string): SopError {
  return new SopError(
    'busy',
    'Pustaka SOP sedang dipakai oleh program lain (jendela SOP AP Editor atau perintah sop yang masih berjalan). Tutup program itu, lalu coba lagi.',
    `${file}: ${detail}`,
  );
}
