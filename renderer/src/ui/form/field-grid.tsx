// A field table drawn as a grid of labelled fields: each row of the table says which value it
// edits, its label and hint (keys of a strings table), its width and its kind.

import type { ReactNode } from 'react';
import { Field } from './fields';
import type { FieldKind } from './fields';
import './form.css';

export type FieldSpec<K extends string, T extends string> = {
  key: K;
  /** The identity field it is, as the checks name it (data-field: the checks focus it). */
  field: string;
  label: T;
  hint?: T;
  wide?: boolean;
  kind?: FieldKind;
};

type FieldGridProps<K extends string, T extends string> = {
  specs: readonly FieldSpec<K, T>[];
  /** The strings the specs' labels and hints name, in the current language. */
  text: Record<T, string>;
  values: Record<K, string>;
  onChange: (key: K, value: string) => void;
  children?: ReactNode;
};

export function FieldGrid<K extends string, T extends string>(props: FieldGridProps<K, T>) {
  const { specs, text, values, onChange, children } = props;
  return (
    <div className="app-grid-fields">
      {specs.map((spec) => (
        <Field
          key={spec.key}
          kind={spec.kind}
          field={spec.field}
          label={text[spec.label]}
          placeholder={spec.hint && text[spec.hint]}
          value={values[spec.key]}
          onChange={(value) => onChange(spec.key, value)}
          wide={spec.wide}
        />
      ))}
      {children}
    </div>
  );
}
