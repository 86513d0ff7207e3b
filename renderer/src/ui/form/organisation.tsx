// The organisation part of an SOP as one field table: the heading (logo, Pemerintah, Instansi,
// Unit kerja) and the approver (Jabatan, Nama, NIP). The identity form edits it in the open SOP,
// the settings in the organisation profile new SOPs start from; both draw it from here.

import type { ReactNode } from 'react';
import type { Approver, Logo } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { FieldGrid } from './field-grid';
import type { FieldSpec } from './field-grid';
import { LogoPicker } from './LogoPicker';
import { formStrings } from './strings';
import type { FormText } from './strings';
import './form.css';

type HeadingField = 'government' | 'agency' | 'unit';
type ApproverField = keyof Approver;

const HEADING_FIELDS: readonly FieldSpec<HeadingField, FormText>[] = [
  {
    key: 'government',
    field: 'government',
    label: 'government',
    hint: 'governmentHint',
    wide: true,
  },
  { key: 'agency', field: 'agency', label: 'agency', hint: 'agencyHint', wide: true },
  { key: 'unit', field: 'unit', label: 'unit', hint: 'unitHint', wide: true },
];

const APPROVER_FIELDS: readonly FieldSpec<ApproverField, FormText>[] = [
  {
    key: 'title',
    field: 'approvedBy.title',
    label: 'approverTitle',
    hint: 'approverTitleHint',
    wide: true,
  },
  { key: 'name', field: 'approvedBy.name', label: 'approverName' },
  { key: 'nip', field: 'approvedBy.nip', label: 'approverNip', kind: 'nip' },
];

type HeadingProps = {
  heading: Record<HeadingField, string> & { logo: Logo | null };
  onChange: (key: HeadingField, value: string) => void;
  onLogo: (logo: Logo | null) => void;
};

/** Kop: the logo beside Pemerintah, Instansi and Unit kerja. */
export function HeadingFields({ heading, onChange, onLogo }: HeadingProps) {
  const t = useStrings(formStrings);
  return (
    <div className="app-identity-head">
      <LogoPicker logo={heading.logo} onChange={onLogo} />
      <FieldGrid specs={HEADING_FIELDS} text={t} values={heading} onChange={onChange} />
    </div>
  );
}

type ApproverProps = {
  approver: Approver;
  onChange: (key: ApproverField, value: string) => void;
  /** More fields in the same grid (the settings add the paper). */
  children?: ReactNode;
};

/** Disahkan oleh: the approving official's position, name and NIP. */
export function ApproverFields({ approver, onChange, children }: ApproverProps) {
  const t = useStrings(formStrings);
  return (
    <FieldGrid specs={APPROVER_FIELDS} text={t} values={approver} onChange={onChange}>
      {children}
    </FieldGrid>
  );
}
