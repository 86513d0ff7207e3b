// The printed Indonesian labels of the identity items and table columns (docs/format.md §1).

import type { IdentityListField, IdentityTextField } from './types';

export const IDENTITY_LABELS: Record<IdentityTextField | IdentityListField, string> = {
  government: 'Pemerintah',
  agency: 'Instansi',
  unit: 'Unit kerja',
  number: 'Nomor SOP',
  createdDate: 'Tanggal Pembuatan',
  revisionDate: 'Tanggal Revisi',
  effectiveDate: 'Tanggal Efektif',
  name: 'Nama SOP',
  legalBasis: 'Dasar Hukum',
  qualifications: 'Kualifikasi Pelaksana',
  relatedSops: 'Keterkaitan',
  equipment: 'Peralatan/Perlengkapan',
  warnings: 'Peringatan',
  records: 'Pencatatan dan Pendataan',
};

export const APPROVER_LABELS = {
  title: 'Jabatan pengesah',
  name: 'Nama pengesah',
  nip: 'NIP pengesah',
} as const;

export const STEP_COLUMN_LABELS = {
  number: 'No',
  activity: 'Kegiatan',
  executors: 'Pelaksana',
  quality: 'Mutu Baku',
  requirements: 'Kelengkapan',
  time: 'Waktu',
  output: 'Output',
  notes: 'Keterangan',
} as const;

export const SYMBOL_LABELS = {
  terminator: 'Kapsul (mulai/selesai)',
  process: 'Kotak (proses)',
  decision: 'Belah ketupat (keputusan)',
} as const;

export const DEFAULT_EXIT_LABELS: [string, string] = ['Ya', 'Tidak'];
