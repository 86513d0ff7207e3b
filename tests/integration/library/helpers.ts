// Shared setup for library tests: temp data folders, a settable clock and the SOP corpus.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { SopDocument } from '../../../shared/model';
import { parseSopJson } from '../../../shared/model';
import type { Library, OpenLibraryOptions } from '../../../electron/services/library/library';
import { openLibrary } from '../../../electron/services/library/library';
import type { LibrarySession } from '../../../electron/services/library/session';
import { createApiHandlers, dispatch } from '../../../electron/services/api';

export const CORPUS_DIR = path.resolve(__dirname, '../../fixtures/sops');

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'sop-library-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock the test moves by hand; starts at 22 November 2026, 09:00 local time. */
export function testClock(start = new Date(2026, 10, 22, 9, 0, 0)) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    set(date: Date) {
      current = date.getTime();
    },
  };
}

export function openTestLibrary(dataDir = tempDir(), options: OpenLibraryOptions = {}): Library {
  const library = openLibrary(dataDir, { author: 'penguji', dailyBackup: false, ...options });
  cleanups.unshift(() => library.close());
  return library;
}

export function corpusFiles(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}

export function corpusDocument(name: string): SopDocument {
  return parseSopJson(fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8'));
}

export function corpusText(name: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}

/** Calls the API channels through the one dispatcher, over a library session (as a host does). */
export function sessionApi(session: LibrarySession) {
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
    library: session,
  });
  return (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, () => {});
}
