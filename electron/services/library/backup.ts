// Copies of the library (Cadangkan / Pulihkan): an automatic daily copy keeping the last seven,
// safety copies before migrating or restoring, and copies to and from a file the user chooses.
// Every copy is made with `VACUUM INTO`, so it is a consistent database even while in use.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SopError, isSopError } from '../../../shared/errors';
import type { BackupInfo } from '../../../shared/model/library';
import type { Db } from '../../db/connection';
import { copyDatabase, quickCheck } from '../../db/connection';
import { checkDatabaseFile } from '../../db/file-check';
import { systemFailure } from '../../db/system-errors';
import { appliedMigrations, pendingMigrations } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { cancelledError } from '../workers/cancelled';
import type { OnProgress, RunOptions } from '../workers/protocol';
import { backupDir } from './data-dir';
import { isoDay } from './dates';

export const DAILY_BACKUPS_KEPT = 7;
const DAILY_PREFIX = 'pustaka-harian-';

/**
 * Writes a consistent copy of `db` to `target` (replacing it), through a temporary file.
 * `label` names the copy in messages, for a target whose own name is internal.
 */
export function vacuumInto(
  db: Db,
  target: string,
  label = `"${path.basename(target)}"`,
): BackupInfo {
  const partial = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(partial, { force: true });
    copyDatabase(db, partial);
    fs.renameSync(partial, target);
  } catch (error) {
    removeQuietly(partial);
    throw copyFailed(error, label, target);
  }
  return backupInfo(target);
}

/** Pages copied per step of `copyInSteps`: about 400 KB, a millisecond or two of work. */
const PAGES_PER_STEP = 100;

/**
 * Writes a consistent copy of `db` to `target` with SQLite's online backup, a step at a time on
 * the event loop, so the thread keeps answering while a large library is copied. (A worker thread
 * cannot do it: the library's connection holds the file's lock, see docs/architecture.md.)
 * Reports pages copied; a cancel stops between steps. Either way no partial file is left.
 */
export async function copyInSteps(
  db: Db,
  target: string,
  options: RunOptions & { label?: string } = {},
): Promise<BackupInfo> {
  const { signal, onProgress, label = `"${path.basename(target)}"` } = options;
  const partial = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(partial, { force: true });
    const { totalPages } = await db.backup(partial, {
      progress: ({ totalPages: pages, remainingPages }) => {
        if (signal?.aborted) throw cancelledError();
        onProgress?.(pages - remainingPages, pages);
        return PAGES_PER_STEP;
      },
    });
    if (signal?.aborted) throw cancelledError();
    onProgress?.(totalPages, totalPages);
    singleFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    removeQuietly(partial);
    if (isSopError(error) && error.code === 'cancelled') throw error;
    throw copyFailed(error, label, target);
  }
  return backupInfo(target);
}

/** A copy is one self-contained file: its journal mode is set back from WAL to DELETE. */
function singleFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function copyFailed(error: unknown, label: string, target: string): SopError {
  return (
    systemFailure(error, `Cadangan ${label}`) ??
    new SopError(
      'io',
      `Cadangan ${label} tidak dapat ditulis. Periksa folder tujuan dan ruang disk, lalu coba lagi.`,
      `${target}: ${String(error)}`,
    )
  );
}

/** The daily copy: made once per calendar day; older daily copies beyond seven are removed. */
export function dailyBackup(db: Db, dataDir: string, now: Date): BackupInfo | undefined {
  const dir = backupDir(dataDir);
  const target = path.join(dir, `${DAILY_PREFIX}${isoDay(now)}.sqlite`);
  if (fs.existsSync(target)) return undefined;
  const info = vacuumInto(db, target);
  const daily = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(DAILY_PREFIX) && name.endsWith('.sqlite'))
    .sort();
  for (const name of daily.slice(0, Math.max(0, daily.length - DAILY_BACKUPS_KEPT))) {
    fs.rmSync(path.join(dir, name), { force: true });
  }
  return info;
}

/** A safety copy in the backup folder, named after why it was taken. */
export function safetyCopy(db: Db, dataDir: string, reason: string, now: Date): BackupInfo {
  return vacuumInto(db, safetyCopyPath(dataDir, reason, now));
}

export function safetyCopyPath(dataDir: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(backupDir(dataDir), `pustaka-${reason}-${stamp}.sqlite`);
}

/** Every copy in the backup folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => backupInfo(path.join(dir, name)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Checks that `file` is an intact library this app can open, and writes a clean copy of it to
 * `target`. Throws (leaving the current library alone) when it is not. `label` names the file
 * in messages, for a file whose own name is internal (bytes staged by the session).
 */
export function prepareRestore(
  file: string,
  target: string,
  label = `"${path.basename(file)}"`,
  progress: OnProgress = () => undefined,
): void {
  let source: Db | undefined;
  try {
    progress(0, 2);
    if (checkDatabaseFile(file).kind !== 'sqlite')
      throw notABackup(label, file, 'missing or empty');
    source = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    const problems = quickCheck(source);
    if (problems.length > 0) throw notABackup(label, file, problems.join('; '));
    const applied = appliedMigrations(source);
    if (applied.length === 0) throw notABackup(label, file, 'no schema_migrations');
    pendingMigrations(applied, MIGRATIONS);
    progress(1, 2);
    fs.rmSync(target, { force: true });
    copyDatabase(source, target);
    progress(2, 2);
  } catch (error) {
    removeQuietly(target);
    // A backup from a newer app keeps its own message, a full disk its own; anything else is
    // "not a usable backup".
    if (isSopError(error) && error.code === 'incompatible') throw error;
    const system = systemFailure(error, 'Pustaka SOP');
    if (system) throw system;
    const detail = isSopError(error) ? `${error.detail ?? error.message}` : String(error);
    throw notABackup(label, file, detail);
  } finally {
    source?.close();
  }
}

function notABackup(label: string, file: string, detail: string): SopError {
  return new SopError(
    'corrupt',
    `Berkas ${label} bukan cadangan pustaka SOP yang utuh. Pustaka saat ini tidak diubah; pilih berkas cadangan lain.`,
    `${file}: ${detail}`,
  );
}

/** Cleanup after a failure must not hide the failure itself. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // The original error is the one worth reporting.
  }
}

function backupInfo(file: string): BackupInfo {
  const stat = fs.statSync(file);
  return { file, createdAt: stat.mtime.toISOString(), bytes: stat.size };
}
