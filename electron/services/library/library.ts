// The SOP library (Pustaka SOP): one object per open library folder whose methods are the use
// cases the app, the preview host and the CLI call. Each use case lives in its own module.

import fs from 'node:fs';
import { SopError, isSopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import type { SopDiff } from '../../../shared/model/diff';
import type {
  BackupInfo,
  DraftSaveResult,
  ListPage,
  ListQuery,
  OrganisationProfile,
  OrganisationProfileInput,
  RevisionInfo,
  RevisionRecord,
  SearchHit,
  SopRecord,
  SopSummary,
  UnitCount,
} from '../../../shared/model/library';
import { listQuerySchema } from '../../../shared/model/library';
import type { LocalServerStatus, PublishOutcome, PullOutcome } from '../../../shared/model/server';
import type { ServerTarget } from '../server/connection';
import type { PublishOptions } from '../server/publish';
import * as publish from '../server/publish';
import { pullFromServer } from '../server/pull';
import { folderNotCreatedError, technicalDetail } from '../../db/system-errors';
import { fullIntegrityCheck, rebuildSearchIndex, searchSops } from '../../db/repositories/search';
import * as backup from './backup';
import * as bin from './bin';
import type { LibraryContext } from './context';
import { createContext, requireSop } from './context';
import { libraryFile } from './data-dir';
import * as documents from './documents';
import { bureauEntries } from './bureau-workbook';
import type { ExportEntry } from '../xlsx-export/export';
import type { ExchangeAction, ExchangeOutcome, ExchangePlan, IncomingSop } from './exchange';
import type { ExchangeDone, ExchangeReview } from '../../../shared/import';
import * as exchange from './exchange';
import { openAndMigrate, osUserName } from './open';
import * as profile from './profile';
import { readServer, writeServer, type StoredServer } from './server-settings';
import type { RevisionRef } from './revisions';
import * as revisions from './revisions';
import * as transfer from './transfer';
import type { RunOptions } from '../workers/protocol';
import type { JobRunner } from '../workers/runner';

export type OpenLibraryOptions = {
  now?: () => Date;
  /** Recorded as the author of revisions; defaults to the OS user name. */
  author?: string;
  /** Take the automatic daily copy when opening (default true). */
  dailyBackup?: boolean;
};

export type RestoreOptions = RunOptions & { runner: JobRunner; label?: string };

export function openLibrary(dataDir: string, options: OpenLibraryOptions = {}): Library {
  const now = options.now ?? (() => new Date());
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw folderNotCreatedError(`Folder data "${dataDir}"`, dataDir, error);
  }
  const db = openAndMigrate(libraryFile(dataDir), dataDir, now);
  const library = new Library(createContext(db, dataDir, now, options.author ?? osUserName()));
  if (options.dailyBackup ?? true) library.dailyBackup();
  return library;
}

export class Library {
  /** Set when the automatic daily copy failed (the library itself still works). */
  backupProblem: SopError | null = null;
  private sending: Promise<unknown> = Promise.resolve();
  private current: LibraryContext | null;

  constructor(ctx: LibraryContext) {
    this.current = ctx;
  }

  list(query: ListQuery = {}): ListPage {
    return this.ctx.sops.list(listQuerySchema.parse(query));
  }

  units(): UnitCount[] {
    return this.ctx.sops.units();
  }

  search(text: string, limit = 50): SearchHit[] {
    return searchSops(this.ctx.db, text, limit);
  }

  /** A new SOP from the profile (default) or empty, with the executor columns named in order. */
  create(options: { fromProfile?: boolean; executors?: readonly string[] } = {}): SopRecord {
    return documents.createSop(this.ctx, options.fromProfile ?? true, options.executors ?? []);
  }

  open(id: string): SopRecord {
    return documents.openSop(this.ctx, id);
  }

  /** What the list shows of one SOP (its status among it), without its document. */
  summary(id: string): SopSummary {
    return documents.sopSummary(this.ctx, id);
  }

  /** Autosave: the draft is replaced in place, no revision is written. */
  saveDraft(id: string, doc: SopDocument): DraftSaveResult {
    return documents.saveDraft(this.ctx, id, doc);
  }

  rename(id: string, name: string): DraftSaveResult {
    return documents.renameSop(this.ctx, id, name);
  }

  duplicate(id: string): SopRecord {
    return documents.duplicateSop(this.ctx, id);
  }

  /** Simpan: the draft becomes the next revision (none is added for an unchanged draft). */
  saveRevision(id: string, note = ''): RevisionInfo {
    return revisions.saveRevision(this.ctx, id, note);
  }

  /** Sahkan: freezes the current draft as the approved revision. */
  approve(id: string, note = ''): RevisionInfo {
    return revisions.approveSop(this.ctx, id, note);
  }

  revisions(id: string): RevisionInfo[] {
    return revisions.listRevisions(this.ctx, id);
  }

  openRevision(id: string, number: number): RevisionRecord {
    return revisions.openRevision(this.ctx, id, number);
  }

  restoreRevision(id: string, number: number): DraftSaveResult {
    return revisions.restoreRevision(this.ctx, id, number);
  }

  compare(id: string, before: RevisionRef, after: RevisionRef): SopDiff {
    return revisions.compareRevisions(this.ctx, id, before, after);
  }

  moveToBin(id: string): SopSummary {
    return bin.moveToBin(this.ctx, id);
  }

  bin(): SopSummary[] {
    return bin.listBin(this.ctx);
  }

  restoreFromBin(id: string): SopSummary {
    return bin.restoreFromBin(this.ctx, id);
  }

  emptyBin(ids?: readonly string[]): number {
    return bin.emptyBin(this.ctx, ids);
  }

  importText(text: string, source?: string): SopRecord {
    return transfer.importSopText(this.ctx, text, source);
  }

  importFile(file: string): SopRecord {
    return transfer.importSopFile(this.ctx, file);
  }

  /** Several documents in one transaction; each `source` (a file name) goes into its note. */
  importDocuments(docs: readonly { document: SopDocument; source: string }[]): SopRecord[] {
    return transfer.importSopDocuments(this.ctx, docs);
  }

  /** A document read with `readSopFile`; `source` (a file name) goes into the revision note. */
  importDocument(doc: SopDocument, source?: string): SopRecord {
    return transfer.importSopDocument(this.ctx, doc, source);
  }

  /** What importing these SOPs would do (update, add, unchanged); changes nothing. */
  planExchange(incoming: readonly IncomingSop[], asNew = false): ExchangePlan[] {
    return exchange.planExchange(this.ctx, incoming, asNew);
  }

  /** Carries out one planned SOP: a new draft of the matched SOP, a new SOP, or nothing. */
  applyExchange(plan: ExchangePlan, action?: ExchangeAction): ExchangeOutcome {
    return exchange.applyExchange(this.ctx, plan, action);
  }

  /** The SOPs as entries of a bureau workbook, carrying their library ids. */
  workbookEntries(ids: readonly string[], revision?: number): ExportEntry[] {
    return bureauEntries(this.ctx, ids, revision);
  }

  /** The review of SOPs coming in, as the renderer shows it. */
  reviewExchange(incoming: readonly IncomingSop[]): ExchangeReview[] {
    return exchange.reviewExchange(this.ctx, incoming);
  }

  /** The reviewed SOPs carried out with the actions chosen, planned afresh against the library. */
  confirmExchange(
    incoming: readonly IncomingSop[],
    actions: readonly ExchangeAction[],
  ): ExchangeDone[] {
    return exchange.confirmExchange(this.ctx, incoming, actions);
  }

  exportText(id: string, revision?: number): string {
    return transfer.exportSopText(this.ctx, id, revision);
  }

  exportFile(id: string, file: string, revision?: number): void {
    transfer.exportSopFile(this.ctx, id, file, revision);
  }

  profile(): OrganisationProfile {
    return profile.readProfile(this.ctx);
  }

  setProfile(value: OrganisationProfileInput): OrganisationProfile {
    return profile.writeProfile(this.ctx, value);
  }

  roles(): string[] {
    return profile.readRoles(this.ctx);
  }

  setRoles(names: readonly string[]): string[] {
    return profile.writeRoles(this.ctx, names);
  }

  addRole(name: string): string[] {
    return profile.addRole(this.ctx, name);
  }

  /** The organisation server's connection (no password: that is in the keychain). */
  server(): StoredServer {
    return readServer(this.ctx);
  }

  setServer(server: StoredServer): StoredServer {
    return writeServer(this.ctx, server);
  }

  /**
   * Kirim ke Biro: queues the SOPs (`all`: every live SOP) in the outbox, then sends the whole
   * outbox, one transaction per SOP; reports every SOP sent or tried. A failed SOP stays queued.
   */
  publishToServer(
    target: ServerTarget,
    ids: string[] | 'all',
    options: PublishOptions = {},
  ): Promise<PublishOutcome[]> {
    publish.queueSops(this.ctx, ids);
    return this.oneSendAtATime(() => publish.sendOutbox(this.ctx, target, options));
  }

  /** Sends what waits in the outbox (the app calls it on start and every few minutes). */
  sendOutbox(target: ServerTarget): Promise<PublishOutcome[]> {
    return this.oneSendAtATime(() => publish.sendOutbox(this.ctx, target));
  }

  /** A send starts when the one before it ended, so the outbox is never sent twice at once. */
  private oneSendAtATime(send: () => Promise<PublishOutcome[]>): Promise<PublishOutcome[]> {
    const next = this.sending.then(send, send);
    this.sending = next.catch(() => undefined);
    return next;
  }

  /** Tarik pembaruan: statuses, review notes and newer revisions of the unit's own SOPs. */
  pullFromServer(target: ServerTarget, options: RunOptions = {}): Promise<PullOutcome> {
    return pullFromServer(this.ctx, target, options);
  }

  /** Every live SOP's standing with the organisation server, by id. */
  serverStatuses(): Map<string, LocalServerStatus> {
    return this.ctx.server.localStatuses();
  }

  serverStatus(id: string): LocalServerStatus {
    return this.ctx.server.localStatus(requireSop(this.ctx, id).key);
  }

  /**
   * Periksa pustaka: the full integrity check, which is too slow for every start. A damaged
   * search index is rebuilt from the drafts; other problems are returned for the user to act on
   * (restore a backup).
   */
  checkIntegrity(): string[] {
    const problems = fullIntegrityCheck(this.ctx.db);
    if (problems.length === 0) return [];
    rebuildSearchIndex(this.ctx.db);
    return fullIntegrityCheck(this.ctx.db);
  }

  /** Takes today's automatic copy if there is none yet; call it again in long sessions. */
  dailyBackup(): BackupInfo | undefined {
    try {
      const info = backup.dailyBackup(this.ctx.db, this.ctx.dataDir, this.ctx.now());
      this.backupProblem = null;
      return info;
    } catch (error) {
      // Any failure of the copy is reported, never thrown: the library itself still works.
      this.backupProblem = isSopError(error)
        ? error
        : new SopError(
            'io',
            'Cadangan harian pustaka SOP tidak dapat dibuat. Periksa ruang disk dan izin folder cadangan.',
            technicalDetail(error),
          );
      return undefined;
    }
  }

  backups(): BackupInfo[] {
    return backup.listBackups(this.ctx.dataDir);
  }

  /**
   * Cadangkan: a consistent copy of the library in `file`, made in steps so the thread keeps
   * answering (`label` names it in messages). Cancelled, it leaves no file.
   */
  backupTo(file: string, options: RunOptions & { label?: string } = {}): Promise<BackupInfo> {
    return backup.copyInSteps(this.ctx.db, file, options);
  }

  /**
   * Pulihkan: replaces the library with the backup in `file`, after checking (in a worker) that
   * it is an intact library this app can open. A copy of the current library is kept in the
   * backup folder and returned. Until the files are swapped, a cancel leaves everything as it was.
   */
  async restoreFrom(file: string, options: RestoreOptions): Promise<BackupInfo> {
    const { runner, label, signal, onProgress } = options;
    const ctx = this.ctx;
    const target = libraryFile(ctx.dataDir);
    const staged = `${target}.pulihkan.tmp`;
    try {
      await runner.run('library:prepare-restore', [file, staged, label], {
        signal,
        onProgress: (done, total) => onProgress?.(done, 2 * total),
      });
      const safetyFile = backup.safetyCopyPath(ctx.dataDir, 'sebelum-pemulihan', ctx.now());
      const safety = await backup.copyInSteps(ctx.db, safetyFile, {
        signal,
        onProgress: (done, total) => onProgress?.(total + done, 2 * total),
      });
      this.swapIn(staged);
      return safety;
    } finally {
      fs.rmSync(staged, { force: true });
    }
  }

  /** Replaces the library file with `staged` and opens it: quick, and never half done. */
  private swapIn(staged: string): void {
    const ctx = this.ctx;
    const target = libraryFile(ctx.dataDir);
    this.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(staged, target);
    const db = openAndMigrate(target, ctx.dataDir, ctx.now);
    this.current = createContext(db, ctx.dataDir, ctx.now, ctx.author);
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }

  private get ctx(): LibraryContext {
    if (!this.current) {
      throw new SopError(
        'internal',
        'Pustaka SOP sudah ditutup. Buka kembali pustaka lalu ulangi.',
        'library used after close()',
      );
    }
    return this.current;
  }
}
