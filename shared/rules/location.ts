// Where a finding is, as the Indonesian words a user sees: "Langkah 3 › Waktu",
// "Identitas › Nomor SOP", "Pelaksana Kasi".

import { APPROVER_LABELS, IDENTITY_LABELS, STEP_COLUMN_LABELS } from '../model';
import type { SopDocument } from '../model';
import type { FindingLocation, IdentityField, StepColumn } from './finding';

export function identityFieldLabel(field: IdentityField): string {
  switch (field) {
    case 'approvedBy.title':
      return APPROVER_LABELS.title;
    case 'approvedBy.name':
      return APPROVER_LABELS.name;
    case 'approvedBy.nip':
      return APPROVER_LABELS.nip;
    default:
      return IDENTITY_LABELS[field];
  }
}

export function formatFindingLocation(
  location: FindingLocation,
  doc: Pick<SopDocument, 'executors' | 'steps'>,
): string {
  switch (location.kind) {
    case 'document':
      return 'Dokumen';
    case 'identity':
      return `Identitas › ${identityFieldLabel(location.field)}`;
    case 'executor': {
      const index = doc.executors.findIndex((e) => e.id === location.executorId);
      const name = doc.executors[index]?.name.trim();
      return name ? `Pelaksana ${name}` : `Pelaksana ke-${index + 1}`;
    }
    case 'step': {
      const index = doc.steps.findIndex((s) => s.id === location.stepId);
      const step = doc.steps[index];
      const number = step ? String(index + 1) : location.stepId;
      return `Langkah ${number} › ${columnLabel(location.column, step?.labels ?? null)}`;
    }
  }
}

function columnLabel(column: StepColumn, labels: [string, string] | null): string {
  switch (column) {
    case 'symbol':
      return 'Simbol';
    case 'yes':
      return `Arah ${labels?.[0] ?? 'Ya'}`;
    case 'no':
      return `Arah ${labels?.[1] ?? 'Tidak'}`;
    default:
      return STEP_COLUMN_LABELS[column];
  }
}
