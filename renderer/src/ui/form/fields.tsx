// The single fields of the identity form and the settings: a labelled text field, a date field
// (the app's DateInput, its text kept as typed), the NIP field (grouped, checked for
// 18 digits) and the paper choice; `Field` picks one by kind, for the field tables.

import { useId } from 'react';
import type { ReactNode } from 'react';
import { PAPERS, groupNip, nipDigits, nipState } from '../../../../shared/model';
import type { Paper } from '../../../../shared/model';
import { fill, useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { DateInput } from './DateInput';
import { formStrings } from './strings';
import './form.css';

export type FieldKind = 'text' | 'date' | 'nip';

type FieldProps = {
  /** The identity field key, used by the checks panel to focus it. */
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  wide?: boolean;
  children?: ReactNode;
};

const seal = () => editorStore.getState().sealHistory();

/** The field of a field table: a text, date or NIP field by its kind. */
export function Field({ kind = 'text', ...props }: FieldProps & { kind?: FieldKind }) {
  if (kind === 'date') return <DateField {...props} />;
  if (kind === 'nip') return <NipField {...props} />;
  return <TextField {...props} />;
}

function TextField(props: FieldProps) {
  const id = useId();
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'data-field': props.field,
    onBlur: seal,
  };
  return (
    <div className={props.wide ? 'app-field app-field-wide' : 'app-field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={1} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.children}
    </div>
  );
}

/**
 * Free text (imported dates are kept as written, `Januari 2020` or `-` too); the calendar writes
 * `4 Januari 2021`, and typing a day and a month's first letters offers the whole dates.
 */
function DateField(props: Omit<FieldProps, 'multiline' | 'children'>) {
  const id = useId();
  return (
    <div className="app-field">
      <label htmlFor={id}>{props.label}</label>
      <DateInput
        id={id}
        label={props.label}
        value={props.value}
        field={props.field}
        onChange={props.onChange}
        onCommit={seal}
      />
    </div>
  );
}

/** Shows the NIP grouped 8-6-1-3 once it has 18 digits, and says how many digits are missing. */
function NipField(props: Omit<FieldProps, 'multiline' | 'children'>) {
  const t = useStrings(formStrings);
  const id = useId();
  const state = nipState(props.value);
  const hintId = `${id}-hint`;
  return (
    <div className="app-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={props.value}
        placeholder="19620603 198503 1 016"
        data-field={props.field}
        aria-invalid={state === 'invalid'}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={() => {
          const grouped = groupNip(props.value);
          if (grouped !== props.value) props.onChange(grouped);
          seal();
        }}
      />
      <span
        id={hintId}
        className={state === 'invalid' ? 'app-field-error' : 'app-field-note'}
        data-testid="nip-state"
      >
        {state === 'invalid' && fill(t.nipInvalid, { count: nipDigits(props.value).length })}
        {state === 'valid' && `✓ ${t.nipValid}`}
      </span>
    </div>
  );
}

type PaperSelectProps = { id?: string; value: Paper; onChange: (paper: Paper) => void };

/** Kertas: the paper an SOP is printed on. */
export function PaperField({ id, value, onChange }: PaperSelectProps & { id: string }) {
  const t = useStrings(formStrings);
  return (
    <div className="app-field">
      <label htmlFor={id}>{t.paper}</label>
      <PaperSelect id={id} value={value} onChange={onChange} />
    </div>
  );
}

type PaperSelectExtras = { testId?: string; describedBy?: string; title?: string };

export function PaperSelect(props: PaperSelectProps & PaperSelectExtras) {
  return (
    <select
      id={props.id}
      value={props.value}
      data-testid={props.testId}
      aria-describedby={props.describedBy}
      title={props.title}
      onChange={(e) => props.onChange(e.target.value as Paper)}
    >
      {PAPERS.map((paper) => (
        <option key={paper} value={paper}>
          {paper}
        </option>
      ))}
    </select>
  );
}
