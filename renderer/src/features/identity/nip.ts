// NIP (Nomor Induk Pegawai): 18 digits, shown grouped 8-6-1-3 as printed (`19620603 198503 1 016`).

import { formatNip } from '../../../../shared/layout';

export type NipState = 'empty' | 'valid' | 'invalid';

export function nipDigits(text: string): string {
  return text.replace(/\D/g, '');
}

export function nipState(text: string): NipState {
  if (text.trim() === '') return 'empty';
  return /^\d{18}$/.test(text.replace(/\s+/g, '')) ? 'valid' : 'invalid';
}

/** The grouped form when the text is a whole NIP; otherwise the text as typed. */
export function groupNip(text: string): string {
  return formatNip(text);
}
