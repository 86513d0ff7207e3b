// What is wrong with the decree date as typed, said the moment the field is left: a day its month
// does not have (`31 Februari 2026 tidak ada`) is told apart from text that is no date at all.

import { daysInMonth, formatCalendarDate, MONTH_NAMES, readDate } from '../../../../shared/rules';
import { fill } from '../../i18n';
import type { registerStrings } from './strings';

type Texts = Record<keyof (typeof registerStrings)['id'], string>;

/** The message for the decree date typed; '' when it is a whole date or still empty. */
export function decreeDateProblem(typed: string, t: Texts): string {
  const text = typed.trim();
  if (!text) return '';
  const reading = readDate(text);
  if (reading.kind === 'unreadable') return fill(t.decreeDateUnreadable, { date: text });
  if (reading.kind === 'date') return '';
  const { year, month } = reading.date;
  return fill(t.decreeDateNoSuchDay, {
    date: formatCalendarDate(reading.date),
    month: `${MONTH_NAMES[month - 1] ?? ''} ${year}`,
    last: daysInMonth(year, month),
  });
}
