// Dates as Indonesian documents print them: "22 November 2026" (docs/format.md §1).

import { formatCalendarDate } from '../../../shared/rules';

/** The local calendar date of `date`, written the Indonesian way. */
export function formatIndonesianDate(date: Date): string {
  return formatCalendarDate({
    day: date.getDate(),
    month: date.getMonth() + 1,
    year: date.getFullYear(),
  });
}

/** `YYYY-MM-DD` of the local calendar date, for file names that sort by day. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
