// Label synonyms found in the field (docs/format.md §8) and their matching: case, spacing and
// punctuation do not matter, so `PENCATATAN DAN PENDAFTARAN :` and `Pencatatan & Pendataan` match.
// The labels the app prints (labels.ts) are always recognised; the tables here list the other
// spellings. The Excel importer and the grid's paste read headers with this one table.

import { IDENTITY_LABELS, STEP_COLUMN_LABELS } from './labels';
import { IDENTITY_TEXT_FIELDS, type IdentityListField, type IdentityTextField } from './types';

/** Lower case, `&` read as `dan`, every run of punctuation or spacing made one space. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compactCache = new Map<string, string>();

/** The normalised label without spaces, so split or glued spellings (`NAMASOP`) match too. */
export function compactLabel(text: string): string {
  // Header and label searches ask about the same cell texts many times; short ones are cached.
  const cached = compactCache.get(text);
  if (cached !== undefined) return cached;
  const compact = normalizeLabel(text).replace(/ /g, '');
  if (text.length <= 200) {
    if (compactCache.size >= 5_000) compactCache.clear();
    compactCache.set(text, compact);
  }
  return compact;
}

/**
 * The identity texts a label names. The kop lines (government, agency, unit) usually stand beside
 * the logo unnamed; a label|value identity table names them too.
 */
export type ScalarLabelField = IdentityTextField;

/** The approver's parts when a label|value table gives each its own row. */
export type ApproverPartField = 'approverTitle' | 'approverName' | 'approverNip';

export type IdentityLabelField =
  ScalarLabelField | IdentityListField | ApproverPartField | 'approvedBy' | 'extra';

/** Spellings besides the printed label; Disahkan oleh and the extra sections list all theirs. */
const IDENTITY_SYNONYMS: Record<IdentityLabelField, string[]> = {
  government: ['Pemerintah Daerah'],
  agency: ['Nama Instansi', 'Perangkat Daerah', 'Nama Perangkat Daerah'],
  unit: ['Unit Organisasi', 'Nama Unit Kerja'],
  approverTitle: ['Jabatan', 'Jabatan Pejabat', 'Jabatan Pengesah'],
  approverName: ['Nama Pejabat', 'Nama Pengesah', 'Nama Pejabat Pengesah'],
  approverNip: ['NIP', 'NIP Pejabat', 'NIP Pengesah'],
  number: ['No SOP', 'Nomor Standar Operasional Prosedur', 'Nomor SOP AP'],
  createdDate: ['Tgl Pembuatan', 'Tgl. Pembuatan', 'Tanggal Dibuat'],
  revisionDate: ['Tgl Revisi', 'Tgl. Revisi'],
  effectiveDate: [
    'Tgl Efektif',
    'Tgl. Efektif',
    'Tanggal Pengesahan',
    'Tgl Pengesahan',
    'Tanggal Berlaku',
  ],
  approvedBy: ['Disahkan oleh', 'Disahkan'],
  name: ['Nama Standar Operasional Prosedur', 'Nama SOP AP', 'Judul SOP'],
  legalBasis: [],
  qualifications: ['Kualifikasi Pelaksanaan', 'Kualifasi Pelaksana', 'Kualifikasi'],
  relatedSops: ['Keterkaitan SOP', 'Keterkaitan dengan SOP lain', 'SOP Terkait'],
  equipment: [
    'Peralatan dan Perlengkapan',
    'Peralatan',
    'Perlengkapan',
    'Peralatan/Perlengkapan yang dibutuhkan',
  ],
  warnings: [],
  records: [
    'Pencatatan & Pendataan',
    'Pencatatan dan Pendaftaran',
    'Pencatatan',
    'Pencatatan dan Pelaporan',
  ],
  extra: ['Tujuan', 'Definisi', 'Indikator Kinerja', 'Ruang Lingkup'],
};

const IDENTITY_INDEX = buildIndex(IDENTITY_SYNONYMS, IDENTITY_LABELS);

/** The identity field a cell's whole text names, or null. */
export function matchIdentityLabel(text: string): IdentityLabelField | null {
  return IDENTITY_INDEX.get(compactLabel(text)) ?? null;
}

/**
 * A label followed by its value in the same cell (`Nomor SOP : 065/037`, `Dasar Hukum 1. UU …`):
 * the field and the value text, or null. A list label only counts when its value is empty or
 * starts with an enumeration, so a list item such as `Peralatan : komputer, printer` under the
 * Peralatan/Perlengkapan label stays an item.
 */
export function splitLabelAndValue(
  text: string,
): { field: IdentityLabelField; label: string; value: string } | null {
  const trimmed = text.trim();
  const separated = /^([^:\n]{2,60}?)\s*(?::|\n)\s*([\s\S]*)$/.exec(trimmed);
  const enumerated = /^([^:\n]{2,60}?)\s+((?:\d{1,2}|[a-z])[.)]\s[\s\S]*)$/i.exec(trimmed);
  for (const match of [separated, enumerated]) {
    if (!match) continue;
    const label = (match[1] ?? '').trim();
    const value = (match[2] ?? '').trim();
    const field = matchIdentityLabel(label);
    if (!field) continue;
    // A kop line wrapped after its first word (`PEMERINTAH\nKABUPATEN …`) is not a label.
    if ((isKopField(field) || isApproverPart(field)) && !/^[^:\n]*:/.test(trimmed)) continue;
    if (isScalarField(field) || value === '' || startsWithEnumeration(value)) {
      return { field, label, value };
    }
  }
  return null;
}

/** Fields holding one value (as opposed to lists and extra sections). */
export function isScalarField(
  field: IdentityLabelField,
): field is ScalarLabelField | ApproverPartField | 'approvedBy' {
  return (
    field === 'approvedBy' ||
    isApproverPart(field) ||
    (IDENTITY_TEXT_FIELDS as readonly string[]).includes(field)
  );
}

export function isApproverPart(field: IdentityLabelField): field is ApproverPartField {
  return field === 'approverTitle' || field === 'approverName' || field === 'approverNip';
}

/** The kop lines, named only by a label|value identity table. */
export function isKopField(field: IdentityLabelField): boolean {
  return field === 'government' || field === 'agency' || field === 'unit';
}

function startsWithEnumeration(text: string): boolean {
  return /^(?:\d{1,2}|[a-z])[.)]\s|^[-•·]\s/i.test(text);
}

export type HeaderLabel = keyof typeof STEP_COLUMN_LABELS;

/** Spellings besides the printed column titles. */
const HEADER_SYNONYMS: Record<HeaderLabel, string[]> = {
  number: ['No.', 'Nomor', 'No Urut'],
  activity: [
    'Uraian Kegiatan',
    'Uraian Tugas',
    'Uraian Prosedur',
    'Aktivitas',
    'Uraian Aktivitas',
    'Uraian',
    'Uraian Kegiatan/Aktivitas',
    'Kegiatan/Aktivitas',
    'Langkah Kegiatan',
  ],
  executors: ['Pelaksanaan', 'Pelaksana Kegiatan', 'Pelaku'],
  quality: ['Baku Mutu', 'Mutu Buku'],
  requirements: [
    'Persyaratan/Kelengkapan',
    'Kelengkapan/Persyaratan',
    'Persyaratan',
    'Persyaratan/Perlengkapan',
    'Syarat/Kelengkapan',
    'Input',
  ],
  time: [],
  output: ['Keluaran', 'Hasil', 'Output/Hasil'],
  notes: ['Ket', 'Ket.', 'Catatan'],
};

const HEADER_INDEX = buildIndex(HEADER_SYNONYMS, STEP_COLUMN_LABELS);

/** The table column a header cell names. `Waktu (menit)` and `Waktu dalam menit` are time. */
export function matchHeaderLabel(text: string): HeaderLabel | null {
  const compact = compactLabel(text);
  if (!compact) return null;
  const exact = HEADER_INDEX.get(compact);
  if (exact) return exact;
  if (/^waktu(dalam)?(menit|jam|hari|minggu|bulan|penyelesaian|pelaksanaan)?$/.test(compact)) {
    return 'time';
  }
  return null;
}

export type TimeUnit = 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan';

/** The unit a time header names (`Waktu (menit)`, `Waktu dalam jam`), or null. */
export function timeUnitOfHeader(text: string): TimeUnit | null {
  const match = /\b(menit|jam|hari|minggu|bulan)\b/.exec(normalizeLabel(text));
  return match ? (match[1] as TimeUnit) : null;
}

/** Characters that mark an executor cell in files without drawn symbols (docs/format.md §4). */
const EXECUTOR_MARKS = new Set(['x', 'v', '√', '✓', '✔', '1', 'ya', '●', '•', '*']);

export function isExecutorMark(text: string): boolean {
  return EXECUTOR_MARKS.has(text.trim().toLowerCase());
}

export type ExitSide = 'yes' | 'no';

const NO_WORDS =
  /^(tidak|tdk|t|no|belum|bukan|kurang|ditolak|tolak|salah|gagal|revisi|perbaiki|perbaikan|dikembalikan|kembali)\b/;
const YES_WORDS =
  /^(ya|y|yes|iya|lengkap|benar|setuju|disetujui|sesuai|valid|ok|oke|diterima|sah|memenuhi|layak|lanjut)\b/;

/** Which exit of a decision a label names: `Tidak lengkap` is no, `Lengkap` is yes. */
export function exitSideOfLabel(text: string): ExitSide | null {
  const label = normalizeLabel(text);
  if (NO_WORDS.test(label)) return 'no';
  if (YES_WORDS.test(label)) return 'yes';
  return null;
}

/** Generic title lines above a table or identity that are not agency lines or SOP names. */
export function isGenericTitle(text: string): boolean {
  const compact = compactLabel(text);
  return (
    compact === 'standaroperasionalprosedur' ||
    compact === 'standaroperasionalprosedursop' ||
    compact === 'sop' ||
    compact === 'sopap' ||
    compact === 'logo' ||
    compact === 'standaroperasionalproseduradministrasipemerintahan'
  );
}

/** Compact spelling → field: each field's printed label first, then its synonyms. */
function buildIndex<K extends string>(
  synonyms: Record<K, string[]>,
  printed: { readonly [F in K]?: string },
): Map<string, K> {
  const index = new Map<string, K>();
  for (const [field, others] of Object.entries(synonyms) as [K, string[]][]) {
    const label = printed[field];
    for (const spelling of label === undefined ? others : [label, ...others]) {
      index.set(compactLabel(spelling), field);
    }
  }
  return index;
}
