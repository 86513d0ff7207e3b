// What a check reports: a stable rule code, a severity, a message in Bahasa Indonesia saying what
// is wrong and what to do, and where (a step cell, an identity item, an executor, the document).

import {
  IDENTITY_LIST_FIELDS,
  IDENTITY_TEXT_FIELDS,
  type IdentityListField,
  type IdentityTextField,
} from '../model';

export type Severity = 'error' | 'warning' | 'hint';

export type StepColumn =
  'activity' | 'executors' | 'symbol' | 'requirements' | 'time' | 'output' | 'notes' | 'yes' | 'no';

const APPROVER_FIELDS = ['approvedBy.title', 'approvedBy.name', 'approvedBy.nip'] as const;

export type ApproverField = (typeof APPROVER_FIELDS)[number];

export type IdentityField = IdentityTextField | IdentityListField | ApproverField;

export type FindingLocation =
  | { kind: 'step'; stepId: string; column: StepColumn }
  | { kind: 'identity'; field: IdentityField }
  | { kind: 'executor'; executorId: string }
  | { kind: 'document' };

/** Stable codes of the checks, with a short Indonesian title for lists and filters. */
export const RULE_TITLES = {
  'no-steps': 'SOP belum punya langkah',
  'first-not-terminator': 'Langkah pertama bukan kapsul',
  'last-not-terminator': 'Langkah terakhir bukan kapsul',
  'terminator-in-middle': 'Kapsul di tengah alur',
  'unknown-symbol': 'Simbol tidak dikenal',
  'step-without-executor': 'Langkah tanpa pelaksana',
  'step-without-time': 'Langkah tanpa waktu',
  'time-unreadable': 'Waktu tidak terbaca',
  'step-without-output': 'Langkah tanpa output',
  'decision-exit-missing': 'Keputusan tanpa arah keluar',
  'decision-exit-invalid': 'Arah keputusan tidak sah',
  'decision-exits-same': 'Kedua arah keputusan sama',
  'exit-on-non-decision': 'Arah Ya/Tidak pada langkah bukan keputusan',
  'step-unreachable': 'Langkah tidak terjangkau',
  'no-way-to-end': 'Alur tidak sampai ke akhir',
  'executor-without-steps': 'Pelaksana tanpa langkah',
  'executor-unnamed': 'Pelaksana tanpa nama',
  'identity-empty': 'Identitas belum diisi',
  'nip-invalid': 'NIP tidak 18 angka',
  'created-after-effective': 'Tanggal pembuatan sesudah tanggal efektif',
  'activity-starts-with-executor': 'Kegiatan diawali nama pelaksana',
  'output-not-chained': 'Output tidak menjadi kelengkapan langkah berikutnya',
} as const;

export type RuleId = keyof typeof RULE_TITLES;

export type Finding = {
  id: RuleId;
  severity: Severity;
  message: string;
  location: FindingLocation;
};

/**
 * The order of identity items on the printed identity page (docs/format.md §4): the kop, the
 * number and dates, the approver, Nama SOP, then the lists.
 */
export const IDENTITY_FIELD_ORDER: readonly IdentityField[] = [
  ...IDENTITY_TEXT_FIELDS.filter((field) => field !== 'name'),
  ...APPROVER_FIELDS,
  'name',
  ...IDENTITY_LIST_FIELDS,
];

const STEP_COLUMN_ORDER: readonly StepColumn[] = [
  'activity',
  'executors',
  'symbol',
  'yes',
  'no',
  'requirements',
  'time',
  'output',
  'notes',
];

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'hint'];

/**
 * Sorts findings in reading order: the document as a whole, the identity page, the executor
 * columns, then the steps row by row and cell by cell; within one place errors come first.
 */
export function sortFindings(
  findings: readonly Finding[],
  doc: { executors: readonly { id: string }[]; steps: readonly { id: string }[] },
): Finding[] {
  const executorAt = new Map(doc.executors.map((e, i) => [e.id, i]));
  const stepAt = new Map(doc.steps.map((s, i) => [s.id, i]));
  const key = (location: FindingLocation): number[] => {
    switch (location.kind) {
      case 'document':
        return [0, 0, 0];
      case 'identity':
        return [1, IDENTITY_FIELD_ORDER.indexOf(location.field), 0];
      case 'executor':
        return [2, executorAt.get(location.executorId) ?? Number.MAX_SAFE_INTEGER, 0];
      case 'step':
        return [
          3,
          stepAt.get(location.stepId) ?? Number.MAX_SAFE_INTEGER,
          STEP_COLUMN_ORDER.indexOf(location.column),
        ];
    }
  };
  const compare = (a: Finding, b: Finding): number => {
    const ka = [...key(a.location), SEVERITY_ORDER.indexOf(a.severity)];
    const kb = [...key(b.location), SEVERITY_ORDER.indexOf(b.severity)];
    for (let i = 0; i < ka.length; i++) {
      const diff = (ka[i] as number) - (kb[i] as number);
      if (diff !== 0) return diff;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...findings].sort(compare);
}
