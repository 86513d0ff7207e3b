// Dates of the identity part: the date picker writes the Indonesian form (`4 Januari 2021`) and
// reads back whatever the user typed, so free text (`Januari 2020`, `-`) is kept as written.

import { formatCalendarDate, parseIndonesianDate } from '../../../../shared/rules';

/** `2021-01-04` (the value of a date input) → `4 Januari 2021`; null for anything else. */
export function fromIsoDate(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = parseIndonesianDate(iso);
  return date ? formatCalendarDate(date) : null;
}

/** The date input's value for the typed text: `yyyy-mm-dd` when it is a whole date, else ''. */
export function toIsoDate(text: string): string {
  const date = parseIndonesianDate(text);
  if (!date) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
