// What the SOP library (Pustaka SOP) reports about its documents, revisions and settings: the
// shapes shared by the Node-side library, the API contract and the renderer's library screen.

import { z } from 'zod';
import { paperSchema } from './paper';
import { approverSchema, logoSchema } from './schema';
import type { Approver, Logo, Paper, SopDocument } from './types';

/**
 * `draft`: no revision was approved yet. `approved`: a revision was approved with *Sahkan*; it
 * stays approved when the draft is edited afterwards (see `SopSummary.unapprovedChanges`).
 */
export type SopStatus = 'draft' | 'approved';

export const SOP_STATUSES = ['draft', 'approved'] as const;

/**
 * What the library can be filtered by: a status, or `changed` for the approved SOPs whose draft
 * holds changes not approved yet (*ada perubahan belum disahkan*).
 */
export const SOP_STATUS_FILTERS = [...SOP_STATUSES, 'changed'] as const;
export type SopStatusFilter = (typeof SOP_STATUS_FILTERS)[number];
export const SOP_SORT_KEYS = ['name', 'number', 'unit', 'updated'] as const;
export type SopSortKey = (typeof SOP_SORT_KEYS)[number];

/** One SOP as the library lists it (taken from its working draft). */
export type SopSummary = {
  id: string;
  name: string;
  number: string;
  unit: string;
  status: SopStatus;
  createdAt: string;
  updatedAt: string;
  revisionCount: number;
  /** Number of the latest revision approved with *Sahkan*, or null. */
  approvedRevision: number | null;
  /**
   * True when the working draft differs from the approved revision: the draft is *perubahan atas
   * revisi N (disahkan)*. False when nothing was approved.
   */
  unapprovedChanges: boolean;
  /** Set while the SOP is in the bin (Sampah). */
  deletedAt: string | null;
};

/** The narrowest status filter that finds an SOP: `changed`, `approved` or `draft`. */
export function statusFilterOf(summary: SopSummary): SopStatusFilter {
  return summary.unapprovedChanges ? 'changed' : summary.status;
}

/**
 * The revision an exported version of an SOP shows, carried in its workbook: the approved revision
 * when the version is that (`changes` false), else the latest saved one (null before the first).
 */
export function shownRevision(summary: SopSummary, changes: boolean): number | null {
  if (summary.status === 'approved' && !changes) return summary.approvedRevision;
  return summary.revisionCount > 0 ? summary.revisionCount : null;
}

/** Whether a status filter finds an SOP (`approved` finds those with changes too). */
export function matchesStatusFilter(summary: SopSummary, filter: SopStatusFilter): boolean {
  return filter === 'approved' ? summary.status === 'approved' : statusFilterOf(summary) === filter;
}

/** An SOP with its working draft. */
export type SopRecord = { summary: SopSummary; document: SopDocument };

export type DraftSaveResult = SopRecord & {
  /** True when this save started a new draft of an approved SOP and filled *Tanggal Revisi*. */
  revisionDateFilled: boolean;
};

/** One entry of the revision history (Riwayat revisi). Revisions never change once written. */
export type RevisionInfo = {
  sopId: string;
  number: number;
  createdAt: string;
  note: string;
  /** The OS user who saved it. */
  author: string;
  approvedAt: string | null;
};

export type RevisionRecord = { info: RevisionInfo; document: SopDocument };

export const listQuerySchema = z.object({
  sort: z.enum(SOP_SORT_KEYS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  unit: z.string().max(2_000).optional(),
  status: z.enum(SOP_STATUS_FILTERS).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(100),
});

export type ListQuery = z.input<typeof listQuerySchema>;
export type ListPage = { total: number; items: SopSummary[] };

/** A piece of a search snippet; `match` pieces are the words that matched (highlighted). */
export type SnippetPart = { text: string; match: boolean };
export type SearchHit = { summary: SopSummary; snippet: SnippetPart[] };

export type UnitCount = { unit: string; count: number };

/** Profil instansi: what new SOPs start from. */
export type OrganisationProfile = {
  government: string;
  agency: string;
  unit: string;
  logo: Logo | null;
  approvedBy: Approver;
  paper: Paper;
  /** Working hours in a day (*jam kerja*): how a *hari* in Waktu counts in the total time. */
  workdayHours: number;
};

const profileText = z.string().max(2_000);

/** Eight working hours a day, the Indonesian civil service's (shared/rules/time.ts). */
export const DEFAULT_WORKDAY_HOURS = 8;

export const organisationProfileSchema = z.object({
  government: profileText,
  agency: profileText,
  unit: profileText,
  logo: logoSchema.nullable(),
  approvedBy: approverSchema,
  paper: paperSchema,
  // Profiles saved before the setting existed count the default day.
  workdayHours: z.number().min(1).max(24).default(DEFAULT_WORKDAY_HOURS),
});

/** A profile as given to be saved: without the working hours, the default day. */
export type OrganisationProfileInput = z.input<typeof organisationProfileSchema>;

export const EMPTY_PROFILE: OrganisationProfile = {
  government: '',
  agency: '',
  unit: '',
  logo: null,
  approvedBy: { title: '', name: '', nip: '' },
  paper: 'F4',
  workdayHours: DEFAULT_WORKDAY_HOURS,
};

export const executorRoleSchema = z.string().trim().min(1).max(500);

/** A copy of the library file (automatic daily copies and those taken before risky steps). */
export type BackupInfo = { file: string; createdAt: string; bytes: number };

/** Whether the library opens, and if not, why (broken, busy, from a newer app). */
/** What an import of several `.sop.json` files brought in, and which files it could not. */
export type ImportFilesResult = {
  imported: SopSummary[];
  failed: { name: string; problem: string }[];
};

export type LibraryStatus = {
  problem: { code: string; message: string } | null;
  /** Set when the automatic daily copy could not be written (the library still works). */
  backupProblem: string | null;
};
