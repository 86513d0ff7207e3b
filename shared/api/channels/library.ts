// Channels of the SOP library (Pustaka SOP): listing and search, drafts and revisions, the bin,
// import/export as documents, the organisation profile and role list, backups. Like the desktop
// contract, no channel takes a file path: files travel as documents or bytes.

import { z } from 'zod';
import { MAX_EXECUTORS } from '../../limits';
import type { SopDocument } from '../../model';
import { sopDocumentSchema } from '../../model';
import type { SopDiff } from '../../model/diff';
import type {
  BackupInfo,
  DraftSaveResult,
  ImportFilesResult,
  LibraryStatus,
  ListPage,
  OrganisationProfile,
  RevisionInfo,
  RevisionRecord,
  SearchHit,
  SopRecord,
  SopSummary,
  UnitCount,
} from '../../model/library';
import {
  executorRoleSchema,
  listQuerySchema,
  organisationProfileSchema,
} from '../../model/library';
import { MAX_IMPORT_FILES, MAX_SOP_FILE_BYTES } from '../../limits';
import type { ExchangeDone, ExchangeReview } from '../../import';
import { EXCHANGE_ACTIONS } from '../../import';
import { channel } from '../define';
import { jobIdSchema } from './job';

const id = z.string().min(1).max(64);
const revision = z.number().int().min(1);
const revisionRef = z.union([revision, z.literal('draft')]);
const note = z.string().max(2_000);
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

/** SOPs coming in (an imported workbook's), with the library id their workbook carries. */
const incomingSops = z
  .array(
    z
      .object({
        document: sopDocumentSchema,
        library: z
          .object({
            id: z.string().min(1).max(100),
            revision: z.number().int().min(1).nullable(),
          })
          .strict()
          .optional(),
        source: z.string().max(500),
      })
      .strict(),
  )
  .min(1)
  .max(500);

export const libraryChannels = {
  /** Opens the library if needed and says whether it works. */
  'library:status': channel<LibraryStatus>()(z.tuple([])),
  /** With the user's consent: sets a broken library file aside and starts an empty one. */
  'library:moveAsideBroken': channel<{ movedTo: string }>()(z.tuple([])),
  'library:list': channel<ListPage>()(z.tuple([listQuerySchema.optional()])),
  'library:units': channel<UnitCount[]>()(z.tuple([])),
  'library:search': channel<SearchHit[]>()(
    z.tuple([z.string().max(500), z.number().int().min(1).max(500).optional()]),
  ),
  /**
   * A new SOP, empty or (default) filled from the organisation profile, with the executor columns
   * named, in their order (the roles chosen in the new-SOP dialog).
   */
  'library:create': channel<SopRecord>()(
    z.tuple([
      z
        .object({
          fromProfile: z.boolean().optional(),
          executors: z.array(executorRoleSchema).max(MAX_EXECUTORS).optional(),
        })
        .strict()
        .optional(),
    ]),
  ),
  'library:open': channel<SopRecord>()(z.tuple([id])),
  /** One SOP as the list shows it (status, approved revision), without its document. */
  'library:summary': channel<SopSummary>()(z.tuple([id])),
  /** Autosave: replaces the draft in place; no revision is written. */
  'library:saveDraft': channel<DraftSaveResult>()(z.tuple([id, sopDocumentSchema])),
  'library:rename': channel<DraftSaveResult>()(z.tuple([id, z.string().max(20_000)])),
  'library:duplicate': channel<SopRecord>()(z.tuple([id])),
  /** Simpan: the draft becomes the next revision. */
  'library:saveRevision': channel<RevisionInfo>()(z.tuple([id, note.optional()])),
  /** Sahkan: freezes the draft as the approved revision. */
  'library:approve': channel<RevisionInfo>()(z.tuple([id, note.optional()])),
  'library:revisions': channel<RevisionInfo[]>()(z.tuple([id])),
  'library:openRevision': channel<RevisionRecord>()(z.tuple([id, revision])),
  'library:restoreRevision': channel<DraftSaveResult>()(z.tuple([id, revision])),
  'library:compare': channel<SopDiff>()(z.tuple([id, revisionRef, revisionRef])),
  'library:moveToBin': channel<SopSummary>()(z.tuple([id])),
  'library:bin': channel<SopSummary[]>()(z.tuple([])),
  'library:restoreFromBin': channel<SopSummary>()(z.tuple([id])),
  /** Removes SOPs in the bin for good: all, or the given ids. Returns how many. */
  'library:emptyBin': channel<number>()(z.tuple([z.array(id).max(10_000).optional()])),
  /** Adds a document (e.g. from desktop:openSop) as a new SOP; `source` names its file. */
  'library:import': channel<SopRecord>()(
    z.tuple([sopDocumentSchema, z.string().max(500).optional()]),
  ),
  /**
   * Impor .sop.json with several files: each is read and checked (in a worker), the good ones
   * become new SOPs in one transaction, the others are named with their problem.
   */
  'library:importFiles': channel<ImportFilesResult>()(
    z.tuple([
      z
        .array(
          z.object({
            name: z.string().min(1).max(500),
            text: z.string().max(MAX_SOP_FILE_BYTES),
          }),
        )
        .min(1)
        .max(MAX_IMPORT_FILES),
      jobIdSchema.optional(),
    ]),
  ),
  /**
   * The review of SOPs coming into the library (Impor Excel): per SOP its match, its differences
   * from the matched SOP's draft and the proposed action. Changes nothing.
   */
  'library:planExchange': channel<ExchangeReview[]>()(z.tuple([incomingSops])),
  /** Carries out the reviewed SOPs with the action chosen for each, in order. */
  'library:applyExchange': channel<ExchangeDone[]>()(
    z.tuple([incomingSops, z.array(z.enum(EXCHANGE_ACTIONS)).max(500)]),
  ),
  /** The document of the draft, or of a revision, for desktop:saveSop or PDF export. */
  'library:export': channel<SopDocument>()(z.tuple([id, revision.optional()])),
  'library:profile': channel<OrganisationProfile>()(z.tuple([])),
  'library:setProfile': channel<OrganisationProfile>()(z.tuple([organisationProfileSchema])),
  'library:roles': channel<string[]>()(z.tuple([])),
  'library:setRoles': channel<string[]>()(z.tuple([z.array(executorRoleSchema).max(500)])),
  'library:addRole': channel<string[]>()(z.tuple([executorRoleSchema])),
  /** The automatic copies (daily and safety copies), newest first. */
  'library:backups': channel<BackupInfo[]>()(z.tuple([])),
  /** Cadangkan: the bytes of a consistent copy, for the shell to save where the user chooses. */
  'library:backupBytes': channel<Uint8Array>()(z.tuple([jobIdSchema.optional()])),
  /** Pulihkan from a backup file's bytes; validated first, the current library is kept aside. */
  'library:restoreBytes': channel<BackupInfo>()(
    z.tuple([
      z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_BACKUP_BYTES),
      jobIdSchema.optional(),
    ]),
  ),
  /** Pulihkan from one of the automatic copies, by its file name from library:backups. */
  'library:restoreBackup': channel<BackupInfo>()(
    z.tuple([z.string().min(1).max(200), jobIdSchema.optional()]),
  ),
  /** Periksa pustaka: the full integrity check; returns the problems left (none when healthy). */
  'library:checkIntegrity': channel<string[]>()(z.tuple([])),
};
