// Looks at a library file's bytes before SQLite touches it, so that a file which is not SQLite
// or was cut short is reported (and left exactly as it is) instead of being "repaired".

import fs from 'node:fs';
import { SopError } from '../../shared/errors';

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

export type FileCheck = { kind: 'missing' } | { kind: 'empty' } | { kind: 'sqlite' };

/** Throws a `corrupt` SopError for a file that cannot be an intact SQLite database. */
export function checkDatabaseFile(file: string): FileCheck {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw unreadable(file, error);
  }
  // SQLite itself treats a zero-byte file as an empty database; it is what a first start
  // interrupted before its first commit leaves behind.
  if (size === 0) return { kind: hasWal(file) ? 'sqlite' : 'empty' };
  if (size < HEADER_BYTES) throw notSqlite(file, `only ${size} bytes`);
  const header = Buffer.alloc(HEADER_BYTES);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw notSqlite(file, 'no SQLite header');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw corruptLibraryError(file, `page size ${rawPageSize}`);
  }
  // The page count in the header is trustworthy only when its "version-valid-for" number
  // matches the change counter (SQLite file format §1.3.7), and only without a WAL file: a
  // checkpoint interrupted by a crash may have written page 1 before growing the file, and
  // SQLite completes it from the WAL on the next open.
  const pageCount = header.readUInt32BE(28);
  const headerValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const short = headerValid && size < pageCount * pageSize && !hasWal(file);
  if (size % pageSize !== 0 || short) {
    throw corruptLibraryError(
      file,
      `size ${size}, page size ${pageSize}, pages in header ${pageCount}`,
    );
  }
  return { kind: 'sqlite' };
}

function hasWal(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function notSqlite(file: string, detail: string): SopError {
  return new SopError(
    'corrupt',
    'Berkas pustaka SOP bukan basis data yang dikenali (mungkin tertimpa berkas lain). Berkas dibiarkan apa adanya; pindahkan ke samping untuk memulai pustaka baru, atau pulihkan dari cadangan.',
    `${file}: ${detail}`,
  );
}

export function corruptLibraryError(file: string, detail: string): SopError {
  return new SopError(
    'corrupt',
    'Berkas pustaka SOP rusak atau terpotong. Berkas dibiarkan apa adanya; pulihkan dari cadangan, atau pindahkan ke samping untuk memulai pustaka baru.',
    `${file}: ${detail}`,
  );
}

function unreadable(file: string, error: unknown): SopError {
  return new SopError(
    'io',
    'Berkas pustaka SOP tidak dapat dibaca. Periksa izin akses folder data aplikasi lalu coba lagi.',
    `${file}: ${String(error)}`,
  );
}
