// How the register writes its dates.

import { formatIsoDate } from '../../../../shared/rules';

/** `2026-03-04` → `4 Maret 2026` (the way decrees are dated); anything else as it is. */
export function decreeDate(iso: string | null): string {
  return formatIsoDate(iso ?? '');
}

/** The day an SOP was sent (an ISO timestamp), in the user's language. */
export function sentDay(iso: string | null, language: 'id' | 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });
}
