// Opening a library folder: create or check the file, migrate it (with a safety copy first),
// and setting a broken library file aside when the user agrees to start a new one.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SopError, isSopError, type SopErrorCode } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { openDatabase } from '../../db/connection';
import { checkOwnLibrary, migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { safetyCopy } from './backup';
import { libraryFile } from './data-dir';

/** Opens the database file and brings its schema up to date; the caller owns the result. */
export function openAndMigrate(file: string, dataDir: string, now: () => Date): Db {
  const db = openDatabase(file, (opened) => checkOwnLibrary(opened, file, MIGRATIONS));
  try {
    migrate(db, MIGRATIONS, {
      now,
      beforeMigrating: (from, to) =>
        safetyCopy(db, dataDir, `sebelum-pembaruan-v${from}-ke-v${to}`, now()),
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The OS user name, recorded as the author of each revision. */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'pengguna';
  }
}

/** What may be set aside: a damaged file, or another program's database at the library's name. */
const MOVABLE: ReadonlySet<SopErrorCode> = new Set(['corrupt', 'not-a-library']);

/**
 * Renames a damaged library file (with its WAL and shared-memory files) to
 * `pustaka-sop.rusak-<time>.sqlite` so a new empty library can be started; returns the new path.
 * Refuses a library that opens fine or is in use, so only a broken file is ever moved.
 */
export function moveAsideBrokenLibrary(dataDir: string, now: Date = new Date()): string {
  const file = libraryFile(dataDir);
  if (!fs.existsSync(file)) {
    throw new SopError('not-found', 'Tidak ada berkas pustaka SOP untuk dipindahkan.', file);
  }
  try {
    openDatabase(file, (opened) => checkOwnLibrary(opened, file, MIGRATIONS)).close();
  } catch (error) {
    if (!isSopError(error) || !MOVABLE.has(error.code)) throw error;
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const aside = path.join(dataDir, `pustaka-sop.rusak-${stamp}.sqlite`);
    fs.renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    return aside;
  }
  throw new SopError(
    'invalid-argument',
    'Berkas pustaka SOP tidak rusak, jadi tidak dipindahkan.',
    file,
  );
}
