// Bad library files (not SQLite, truncated, failing the integrity check) are reported with an
// Indonesian message and left byte for byte as they were; only an explicit call moves one
// aside, after which a new empty library starts. A library open in another process is "busy".

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { libraryFile } from '../../../electron/services/library/data-dir';
import { openLibrary } from '../../../electron/services/library/library';
import { moveAsideBrokenLibrary } from '../../../electron/services/library/open';
import { corpusFiles, openTestLibrary, tempDir } from './helpers';

function openError(dir: string): SopError {
  try {
    openLibrary(dir, { dailyBackup: false }).close();
  } catch (error) {
    if (error instanceof SopError) return error;
    throw error;
  }
  throw new Error('the library opened');
}

/** A closed library with the whole corpus in it, large enough to damage in the middle. */
function healthyLibrary(): string {
  const dir = tempDir();
  const library = openTestLibrary(dir);
  for (const file of corpusFiles().slice(0, 20)) library.importFile(file);
  library.close();
  return dir;
}

const damage: [string, (file: string) => void][] = [
  [
    'a text file',
    (file) => fs.writeFileSync(file, 'Ini bukan basis data, hanya catatan.\n'.repeat(50)),
  ],
  ['a file shorter than the header', (file) => fs.writeFileSync(file, 'SQLite format 3\0')],
  [
    'a file cut in the middle of a page',
    (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 123),
  ],
  ['a file cut at a page boundary', (file) => fs.truncateSync(file, 4096 * 3)],
  [
    'a file with garbage over its pages',
    (file) => {
      const bytes = fs.readFileSync(file);
      for (let offset = 4096 * 2; offset < bytes.length - 4096; offset += 4096 * 3) {
        bytes.fill(0xa5, offset, offset + 4096);
      }
      fs.writeFileSync(file, bytes);
    },
  ],
];

describe('bad library files', () => {
  for (const [name, spoil] of damage) {
    it(`reports ${name}, leaves it untouched, and moves it aside only when asked`, () => {
      const dir = healthyLibrary();
      const file = libraryFile(dir);
      spoil(file);
      const before = fs.readFileSync(file);

      const error = openError(dir);
      expect(error.code).toBe('corrupt');
      expect(error.message).toMatch(/Berkas pustaka SOP (bukan basis data|rusak)/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(dir).filter((entry) => entry.startsWith('pustaka-sop'))).toEqual([
        'pustaka-sop.sqlite',
      ]);

      const aside = moveAsideBrokenLibrary(dir);
      expect(fs.readFileSync(aside).equals(before)).toBe(true);
      const fresh = openTestLibrary(dir);
      expect(fresh.list().total).toBe(0);
      fresh.create({ fromProfile: false });
      expect(fresh.list().total).toBe(1);
    });
  }

  it('treats a zero-byte file as a new empty library', () => {
    const dir = tempDir();
    fs.writeFileSync(libraryFile(dir), '');
    expect(openTestLibrary(dir).list().total).toBe(0);
  });

  it('refuses to move aside a library that is not broken', () => {
    const dir = healthyLibrary();
    expect(() => moveAsideBrokenLibrary(dir)).toThrow(/tidak rusak/);
    expect(() => moveAsideBrokenLibrary(tempDir())).toThrow(SopError);
    expect(openTestLibrary(dir).list().total).toBe(20);
  });
});

describe('a library in use by another process', () => {
  it('is reported as busy and not touched until the other process closes it', async () => {
    const dir = healthyLibrary();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'library-holder.ts'), dir],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('ready')) resolve();
        });
        holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const error = openError(dir);
      expect(error.code).toBe('busy');
      expect(error.message).toMatch(/sedang dipakai/);
      expect(() => moveAsideBrokenLibrary(dir)).toThrow(/sedang dipakai/);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('close', resolve));
    }
    expect(openTestLibrary(dir).list().total).toBe(20);
  });
});
