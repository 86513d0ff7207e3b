// The filter bar above a list of SOPs (the library, the register): a search box, labelled selects
// and how many are listed. Every text comes from the screen that uses it.

import type { ReactNode } from 'react';
import './filter-bar.css';

type FilterBarProps = {
  children: ReactNode;
  /** How many are listed ("12 SOP"); nothing is shown while it is unknown. */
  count?: string;
  countTestId?: string;
};

export function FilterBar({ children, count, countTestId }: FilterBarProps) {
  return (
    <div className="app-filter-bar" role="search">
      {children}
      {count !== undefined && (
        <span className="app-muted" data-testid={countTestId}>
          {count}
        </span>
      )}
    </div>
  );
}

type SearchBoxProps = {
  label: string;
  placeholder: string;
  value: string;
  testId: string;
  onChange: (text: string) => void;
};

export function SearchBox({ label, placeholder, value, testId, onChange }: SearchBoxProps) {
  return (
    <input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export type FilterOption<Value extends string> = { value: Value; label: string };

type FilterSelectProps<Value extends string> = {
  label: string;
  value: Value | '';
  options: readonly FilterOption<Value>[];
  /** The first option, which filters nothing ("Semua unit"); a sort has none. */
  all?: string;
  testId?: string;
  onChange: (value: Value | '') => void;
};

export function FilterSelect<Value extends string>(props: FilterSelectProps<Value>) {
  const { label, value, options, all, testId, onChange } = props;
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        data-testid={testId}
        // The options are exactly `options` and the all option, so the value is one of them.
        onChange={(e) => onChange(e.target.value as Value | '')}
      >
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
