// The library as a long-running host (desktop main, preview host) holds it: opened on first use
// so a broken or busy library reaches the screen as a message instead of stopping start-up,
// and replaced in place when the user sets a broken file aside or restores a backup.

import fs from 'node:fs';
import path from 'node:path';
import { SopError, isSopError } from '../../../shared/errors';
import type { BackupInfo, LibraryStatus } from '../../../shared/model/library';
import { systemFailure } from '../../db/system-errors';
import { backupDir } from './data-dir';
import { isoDay } from './dates';
import type { RunOptions } from '../workers/protocol';
import type { Library, OpenLibraryOptions, RestoreOptions } from './library';
import { openLibrary } from './library';
import { moveAsideBrokenLibrary } from './open';

/** Told when the session's library opens and closes (the outbox sender follows it). */
export type SessionWatcher = { opened: (library: Library) => void; closed: () => void };

export class LibrarySession {
  private library: Library | null = null;
  private readonly watchers: SessionWatcher[] = [];
  /** The day of the last daily-copy check: the app may stay open for days. */
  private backupDay = '';

  constructor(
    readonly dataDir: string,
    private readonly options: OpenLibraryOptions = {},
  ) {}

  /** The open library; opens it on first use (throws the SopError explaining why it cannot). */
  get(): Library {
    if (this.library === null) {
      const opened = openLibrary(this.dataDir, this.options);
      this.library = opened;
      for (const watcher of this.watchers) watcher.opened(opened);
    }
    const today = isoDay((this.options.now ?? (() => new Date()))());
    if (today !== this.backupDay && (this.options.dailyBackup ?? true)) {
      this.library.dailyBackup();
      this.backupDay = today;
    }
    return this.library;
  }

  status(): LibraryStatus {
    try {
      const backupProblem = this.get().backupProblem;
      return { problem: null, backupProblem: backupProblem?.message ?? null };
    } catch (error) {
      if (!isSopError(error)) throw error;
      return { problem: { code: error.code, message: error.message }, backupProblem: null };
    }
  }

  /**
   * With the user's consent: sets a broken library file aside and starts a new empty one.
   * `movedTo` is the file name the old library now has in the data folder.
   */
  moveAsideBroken(): { movedTo: string } {
    this.close();
    const movedTo = path.basename(moveAsideBrokenLibrary(this.dataDir));
    this.get();
    return { movedTo };
  }

  /**
   * Pulihkan from a backup's bytes (a file the user chose) or from one of the automatic copies by
   * file name. Works on a broken library too: it is set aside first.
   */
  async restore(
    source: { bytes: Uint8Array } | { automaticCopy: string },
    options: RestoreOptions,
  ): Promise<BackupInfo> {
    if ('automaticCopy' in source)
      return this.restoreFile(automaticCopyPath(this.dataDir, source.automaticCopy), options);
    const staged = this.stagingFile('pulihkan');
    try {
      fs.writeFileSync(staged, source.bytes);
    } catch (error) {
      fs.rmSync(staged, { force: true });
      throw systemFailure(error, 'Folder data') ?? error;
    }
    try {
      // The staged name is ours, not the user's: messages speak of "the chosen file".
      return await this.restoreFile(staged, { ...options, label: 'yang dipilih' });
    } finally {
      fs.rmSync(staged, { force: true });
    }
  }

  /** Cadangkan: a consistent copy of the library, as bytes for the shell to save. */
  async backupBytes(options: RunOptions = {}): Promise<Uint8Array> {
    const staged = this.stagingFile('cadangkan');
    try {
      await this.get().backupTo(staged, { ...options, label: 'pustaka SOP' });
      return new Uint8Array(fs.readFileSync(staged));
    } finally {
      fs.rmSync(staged, { force: true });
    }
  }

  /** A file of ours in the data folder, unique to this process and moment. */
  private stagingFile(purpose: string): string {
    try {
      fs.mkdirSync(this.dataDir, { recursive: true });
    } catch (error) {
      throw systemFailure(error, 'Folder data') ?? error;
    }
    return path.join(this.dataDir, `${purpose}-${process.pid}-${Date.now()}.sqlite`);
  }

  watch(watcher: SessionWatcher): void {
    this.watchers.push(watcher);
  }

  close(): void {
    if (this.library === null) return;
    for (const watcher of this.watchers) watcher.closed();
    this.library.close();
    this.library = null;
  }

  private restoreFile(file: string, options: RestoreOptions): Promise<BackupInfo> {
    const status = this.status();
    if (status.problem?.code === 'corrupt') this.moveAsideBroken();
    return this.get().restoreFrom(file, options);
  }
}

/** Only a plain file name inside the backup folder: no path from a caller reaches the disk. */
function automaticCopyPath(dataDir: string, name: string): string {
  if (name !== path.basename(name) || !name.endsWith('.sqlite')) {
    throw new SopError(
      'invalid-argument',
      'Nama cadangan tidak sah. Pilih cadangan dari daftar.',
      name,
    );
  }
  const file = path.join(backupDir(dataDir), name);
  if (!fs.existsSync(file)) {
    throw new SopError(
      'not-found',
      'Cadangan itu tidak ada lagi. Muat ulang daftar cadangan.',
      file,
    );
  }
  return file;
}
