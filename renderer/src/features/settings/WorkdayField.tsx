// Jam kerja per hari: how many working hours a *hari* in the Waktu column counts in the total time.

import { useId } from 'react';
import { formatHours } from '../../../../shared/rules';
import { fill, useStrings } from '../../i18n';
import { settingsStrings } from './strings';

type WorkdayFieldProps = { hours: number; onChange: (hours: number) => void };

export function WorkdayField({ hours, onChange }: WorkdayFieldProps) {
  const t = useStrings(settingsStrings);
  const id = useId();
  const hint = `${id}-hint`;
  return (
    <div className="app-field">
      <label htmlFor={id}>{t.workdayHours}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={24}
        step={0.5}
        value={hours}
        aria-describedby={hint}
        data-testid="workday-hours"
        onChange={(e) => {
          const value = e.target.valueAsNumber;
          if (Number.isFinite(value) && value >= 1 && value <= 24) onChange(value);
        }}
      />
      <span id={hint} className="app-field-hint">
        {fill(t.workdayHint, { hours: formatHours(hours) })}
      </span>
    </div>
  );
}
