// Checks on the identity part: items left empty, the approver's NIP, and a creation date that
// falls after the effective date.

import { nipDigits, nipState, NIP_LENGTH, type Identity, type SopDocument } from '../../model';
import { compareDates, formatCalendarDate, parseIndonesianDate } from '../dates';
import type { Finding, IdentityField, Severity } from '../finding';
import { identityFieldLabel } from '../location';

/**
 * How much an empty item matters. Blank identity items are normal in drafts (docs/format.md §1.1),
 * so only the SOP name is an error: without it the SOP cannot be listed, filed or referred to.
 * What a signed SOP needs (number, dates, approver, header lines, legal basis) is a warning.
 * Items that may rightly stay empty are hints: the unit line (some offices have none), the NIP
 * (officials such as a Wali Kota have none) and the optional lists. The revision date is empty
 * on every first edition and is not checked.
 */
const EMPTY_SEVERITY: Partial<Record<IdentityField, Severity>> = {
  name: 'error',
  number: 'warning',
  createdDate: 'warning',
  effectiveDate: 'warning',
  government: 'warning',
  agency: 'warning',
  'approvedBy.title': 'warning',
  'approvedBy.name': 'warning',
  legalBasis: 'warning',
  unit: 'hint',
  'approvedBy.nip': 'hint',
  qualifications: 'hint',
  relatedSops: 'hint',
  equipment: 'hint',
  warnings: 'hint',
  records: 'hint',
};

export function checkIdentity(doc: SopDocument): Finding[] {
  const identity = doc.identity;
  return [...emptyItems(identity), ...nip(identity), ...dateOrder(identity)];
}

function fieldValue(identity: Identity, field: IdentityField): string | string[] {
  switch (field) {
    case 'approvedBy.title':
      return identity.approvedBy.title;
    case 'approvedBy.name':
      return identity.approvedBy.name;
    case 'approvedBy.nip':
      return identity.approvedBy.nip;
    default:
      return identity[field];
  }
}

function emptyItems(identity: Identity): Finding[] {
  return (Object.entries(EMPTY_SEVERITY) as [IdentityField, Severity][]).flatMap(
    ([field, severity]) => {
      const value = fieldValue(identity, field);
      const empty = Array.isArray(value)
        ? value.every((item) => item.trim() === '')
        : value.trim() === '';
      if (!empty) return [];
      const advice =
        severity === 'hint'
          ? 'Isi bila ada, atau biarkan kosong bila memang tidak ada.'
          : 'Lengkapi di bagian identitas sebelum SOP disahkan.';
      return [
        {
          id: 'identity-empty',
          severity,
          message: `${identityFieldLabel(field)} belum diisi. ${advice}`,
          location: { kind: 'identity', field },
        },
      ];
    },
  );
}

/** NIP: 18 digits, printed in groups 8-6-1-3; spaces and a leading "NIP." label are ignored. */
function nip(identity: Identity): Finding[] {
  const raw = identity.approvedBy.nip.trim();
  if (nipState(raw) !== 'invalid') return [];
  const digits = nipDigits(raw);
  const problem = /^\d+$/.test(digits)
    ? `berisi ${digits.length} angka`
    : 'berisi tanda selain angka dan spasi';
  return [
    {
      id: 'nip-invalid',
      severity: 'warning',
      message: `NIP pengesah "${raw}" ${problem}, padahal NIP terdiri atas ${NIP_LENGTH} angka (misalnya 19620603 198503 1 016). Periksa kembali NIP-nya.`,
      location: { kind: 'identity', field: 'approvedBy.nip' },
    },
  ];
}

function dateOrder(identity: Identity): Finding[] {
  const created = parseIndonesianDate(identity.createdDate);
  const effective = parseIndonesianDate(identity.effectiveDate);
  if (!created || !effective || compareDates(created, effective) <= 0) return [];
  return [
    {
      id: 'created-after-effective',
      severity: 'warning',
      message: `Tanggal Pembuatan (${formatCalendarDate(created)}) jatuh sesudah Tanggal Efektif (${formatCalendarDate(effective)}), padahal SOP tidak dapat berlaku sebelum dibuat. Periksa kedua tanggal tersebut.`,
      location: { kind: 'identity', field: 'createdDate' },
    },
  ];
}
