// The SOP document (docs/format.md §5): what `.sop.json` holds and what every part of the app edits.
// Types are aliases (not interfaces) so they stay mutually assignable with the runtime schema.

/** The three stored flowchart symbols (arrows and off-page connectors are derived). */
export type StepSymbol = 'terminator' | 'process' | 'decision';

import type { Paper } from './paper';

export type { Paper };

export type Logo = { mime: 'image/png' | 'image/jpeg'; data: string };

/** Disahkan oleh: the official who signs the SOP. */
export type Approver = { title: string; name: string; nip: string };

/** Extra labelled section some offices add (Tujuan, Definisi, Indikator Kinerja …). */
export type ExtraSection = { label: string; items: string[] };

/** Identitas: the identity part of an SOP (docs/format.md §1). */
export type Identity = {
  government: string;
  agency: string;
  unit: string;
  logo: Logo | null;
  number: string;
  createdDate: string;
  revisionDate: string;
  effectiveDate: string;
  approvedBy: Approver;
  name: string;
  legalBasis: string[];
  qualifications: string[];
  relatedSops: string[];
  equipment: string[];
  warnings: string[];
  records: string[];
  extraSections: ExtraSection[];
};

/** Pelaksana: one executor role, one column of the flowchart. */
export type Executor = { id: string; name: string };

/** Langkah: one row of the flowchart table. */
export type Step = {
  id: string;
  activity: string;
  /** Executor ids; the first is where the flow enters. Several ids make a joint activity. */
  executors: string[];
  symbol: StepSymbol;
  /** Decision exits: step ids, or null for "the next step". */
  yes: string | null;
  no: string | null;
  /** Custom exit labels, e.g. ["Lengkap", "Tidak lengkap"]; null means Ya / Tidak. */
  labels: [string, string] | null;
  requirements: string;
  time: string;
  output: string;
  notes: string;
};

export type PrintSettings = {
  paper: Paper;
  /** Row titles of the Paraf Koordinasi box; empty means no box. */
  coordination: string[];
  narrativeTable: boolean;
  legend: boolean;
};

export type SopDocument = {
  format: 'sop-ap';
  version: 1;
  identity: Identity;
  executors: Executor[];
  steps: Step[];
  print: PrintSettings;
};

export const IDENTITY_LIST_FIELDS = [
  'legalBasis',
  'qualifications',
  'relatedSops',
  'equipment',
  'warnings',
  'records',
] as const;

export type IdentityListField = (typeof IDENTITY_LIST_FIELDS)[number];

export const IDENTITY_TEXT_FIELDS = [
  'government',
  'agency',
  'unit',
  'number',
  'createdDate',
  'revisionDate',
  'effectiveDate',
  'name',
] as const;

export type IdentityTextField = (typeof IDENTITY_TEXT_FIELDS)[number];

/** The texts of a step, in the table's order. */
export const STEP_TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;
