// How the register writes its dates.

import { formatCalendarDate } from '../../../../shared/rules';

/** `2026-03-04` → `4 Maret 2026` (the way decrees are dated); anything else as it is. */
export function decreeDate(iso: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return iso ?? '';
  return formatCalendarDate({ year: +match[1]!, month: +match[2]!, day: +match[3]! });
}

/** The day an ISO timestamp falls on, in the user's language. */
export function publishedDay(iso: string | null, language: 'id' | 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });
}
