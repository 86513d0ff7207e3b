// Small file systems for failure tests as root (CI runs as root on Debian): a tmpfs of a few
// hundred KB to fill the disk, and a read-only bind mount, which stops root where file modes
// (chmod 0555) do not. Tests using them are skipped, with the reason in their name, elsewhere.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CAN_MOUNT = canMount();
export const MOUNT_SKIP_REASON = '(needs root to mount a small or read-only file system)';

export type Mount = { dir: string; release: () => void };

/** An empty tmpfs of `kilobytes` KB. */
export function tinyFileSystem(kilobytes: number): Mount {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-tiny-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir]);
  return { dir, release: () => unmount(dir) };
}

/** `source` seen read-only at a new path; writes there fail with EROFS, even for root. */
export function readOnlyView(source: string): Mount {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-ro-'));
  execFileSync('mount', ['--bind', source, dir]);
  execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
  return { dir, release: () => unmount(dir) };
}

/** Writes zeros into `dir` until the file system is full. */
export function fillUp(dir: string): void {
  const chunk = Buffer.alloc(4096);
  const fd = fs.openSync(path.join(dir, 'ballast'), 'w');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function unmount(dir: string): void {
  execFileSync('umount', [dir]);
  fs.rmdirSync(dir);
}

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    tinyFileSystem(64).release();
    return true;
  } catch {
    return false;
  }
}
