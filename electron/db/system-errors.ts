// Failures of the disk and of SQLite that a user can act on (disk full, nothing may be written
// here), turned into SopErrors with a message in Bahasa Indonesia. The CLI and the API
// dispatcher pass every failure through `systemFailure` before falling back to "unexpected".

import fs from 'node:fs';
import path from 'node:path';
import { SopError } from '../../shared/errors';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_PERM']);

/** The `code` of a Node system error or a better-sqlite3 SqliteError, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isDiskFull(code: string | undefined): boolean {
  return code !== undefined && DISK_FULL.has(code);
}

export function isNotWritable(code: string | undefined): boolean {
  if (code === undefined) return false;
  return (
    NOT_WRITABLE.has(code) ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN')
  );
}

/** The detail kept for the log: the stack when there is one, else the text. */
export function technicalDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function diskFullError(detail: string): SopError {
  return new SopError(
    'disk-full',
    'Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu coba lagi. Yang sudah tersimpan sebelumnya tetap aman.',
    detail,
  );
}

/** `what` names the place in a sentence, e.g. `Folder "…"` or `Pustaka SOP`. */
export function notWritableError(what: string, detail: string): SopError {
  return new SopError(
    'read-only',
    `${what} tidak dapat ditulis: lokasinya hanya-baca atau tanpa izin menulis. Periksa izin folder itu (atau pilih folder lain), lalu coba lagi.`,
    detail,
  );
}

/** A disk-full or not-writable failure as its SopError; null for anything else. */
export function systemFailure(error: unknown, what = 'Berkas atau folder'): SopError | null {
  const code = errorCode(error);
  if (isDiskFull(code)) return diskFullError(technicalDetail(error));
  if (isNotWritable(code)) return notWritableError(what, technicalDetail(error));
  return null;
}

/**
 * False when `file` or its folder (where SQLite writes its journal) cannot be written by this
 * process: a read-only mount answers EROFS even to root, which file modes do not stop.
 */
export function isWritable(file: string): boolean {
  const folder = path.dirname(file);
  return canWrite(folder) && (!fs.existsSync(file) || canWrite(file));
}

function canWrite(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `mkdir` of `dir` (named `what`, e.g. `Folder data "…"`) failed: why, in words to act on. */
export function folderNotCreatedError(what: string, dir: string, error: unknown): SopError {
  const code = mkdirFailureCode(dir, errorCode(error));
  const detail = technicalDetail(error);
  if (isDiskFull(code)) return diskFullError(detail);
  if (isNotWritable(code)) {
    return new SopError(
      'read-only',
      `${what} tidak dapat dibuat: lokasinya hanya-baca atau tanpa izin menulis. Pilih folder lain atau periksa izinnya, lalu coba lagi.`,
      detail,
    );
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new SopError(
      'io',
      `${what} tidak dapat dibuat: sebagian jalurnya adalah berkas, bukan folder. Pilih folder lain, lalu coba lagi.`,
      detail,
    );
  }
  return new SopError(
    'io',
    `${what} tidak dapat dibuat. Periksa lokasinya, lalu coba lagi.`,
    detail,
  );
}

/**
 * A recursive mkdir reports ENOENT for what is really a read-only file system or a file in the
 * way; the nearest existing ancestor says which.
 */
function mkdirFailureCode(dir: string, code: string | undefined): string | undefined {
  if (code !== 'ENOENT') return code;
  let ancestor = path.dirname(dir);
  while (!fs.existsSync(ancestor) && ancestor !== path.dirname(ancestor)) {
    ancestor = path.dirname(ancestor);
  }
  if (!fs.statSync(ancestor).isDirectory()) return 'ENOTDIR';
  return canWrite(ancestor) ? code : 'EROFS';
}
