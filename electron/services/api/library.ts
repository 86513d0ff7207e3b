// Handlers of the library channels: each one calls the open library of the host's session.

import path from 'node:path';
import type { libraryChannels } from '../../../shared/api/channels/library';
import { serializeSop } from '../../../shared/model';
import type { BackupInfo, ImportFilesResult } from '../../../shared/model/library';
import type { Library } from '../library/library';
import type { SopFileText } from '../library/read-many';
import type { LibrarySession } from '../library/session';
import { cancelledError } from '../workers/cancelled';
import type { RunOptions } from '../workers/protocol';
import type { JobRunner } from '../workers/runner';
import { librarySession, type ApiContext, type HeavyContext } from './context';
import type { HandlersFor } from './types';

export function libraryHandlers(
  ctx: ApiContext,
  { runner, registry }: HeavyContext,
): HandlersFor<keyof typeof libraryChannels> {
  const session = (): LibrarySession => librarySession(ctx);
  const library = () => session().get();
  return {
    'library:status': () => session().status(),
    'library:moveAsideBroken': () => session().moveAsideBroken(),
    'library:list': (query) => library().list(query),
    'library:units': () => library().units(),
    'library:search': (text, limit) => library().search(text, limit),
    'library:create': (options) => library().create(options),
    'library:open': (id) => library().open(id),
    'library:summary': (id) => library().summary(id),
    'library:saveDraft': (id, doc) => library().saveDraft(id, doc),
    'library:rename': (id, name) => library().rename(id, name),
    'library:duplicate': (id) => library().duplicate(id),
    'library:saveRevision': (id, note) => library().saveRevision(id, note),
    'library:approve': (id, note) => library().approve(id, note),
    'library:revisions': (id) => library().revisions(id),
    'library:openRevision': (id, number) => library().openRevision(id, number),
    'library:restoreRevision': (id, number) => library().restoreRevision(id, number),
    'library:compare': (id, before, after) => library().compare(id, before, after),
    'library:planExchange': (incoming) => library().reviewExchange(incoming),
    'library:applyExchange': (incoming, actions) => library().confirmExchange(incoming, actions),
    'library:moveToBin': (id) => library().moveToBin(id),
    'library:bin': () => library().bin(),
    'library:restoreFromBin': (id) => library().restoreFromBin(id),
    'library:emptyBin': (ids) => library().emptyBin(ids),
    // Through the same text path as a file, so what is stored is what `sop library export` gives.
    'library:import': (doc, source) => library().importText(serializeSop(doc), source),
    'library:export': (id, revision) =>
      revision === undefined
        ? library().open(id).document
        : library().openRevision(id, revision).document,
    'library:profile': () => library().profile(),
    'library:setProfile': (profile) => library().setProfile(profile),
    'library:roles': () => library().roles(),
    'library:setRoles': (names) => library().setRoles(names),
    'library:addRole': (name) => library().addRole(name),
    'library:backups': () => library().backups().map(byFileName),
    'library:importFiles': (files, jobId) =>
      registry.track(jobId, (run) => importFiles(library(), runner, files, run)),
    'library:backupBytes': (jobId) => registry.track(jobId, (run) => session().backupBytes(run)),
    'library:restoreBytes': (bytes, jobId) =>
      registry.track(jobId, async (run) =>
        byFileName(await session().restore({ bytes }, { ...run, runner })),
      ),
    'library:restoreBackup': (name, jobId) =>
      registry.track(jobId, async (run) =>
        byFileName(await session().restore({ automaticCopy: name }, { ...run, runner })),
      ),
    'library:checkIntegrity': () => library().checkIntegrity(),
  };
}

/** Reads the files in a worker, then stores every good one in one transaction. */
async function importFiles(
  library: Library,
  runner: JobRunner,
  files: SopFileText[],
  { signal, onProgress }: RunOptions,
): Promise<ImportFilesResult> {
  const read = await runner.run('sop:read-many', [files], { signal, onProgress });
  if (signal?.aborted) throw cancelledError();
  const good = read.flatMap((file) =>
    'document' in file ? [{ document: file.document, source: file.name }] : [],
  );
  const records = library.importDocuments(good);
  return {
    imported: records.map((record) => record.summary),
    failed: read.flatMap((file) =>
      'problem' in file ? [{ name: file.name, problem: file.problem }] : [],
    ),
  };
}

/**
 * A backup as the renderer sees it: its file name in the backup folder, never a path on this
 * machine; `library:restoreBackup` takes that name back and resolves it inside the folder.
 */
function byFileName(info: BackupInfo): BackupInfo {
  return { ...info, file: path.basename(info.file) };
}
