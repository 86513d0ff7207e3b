// NIP (Nomor Induk Pegawai), the civil servant number of the approving official: 18 digits,
// printed in groups 8-6-1-3 (`19620603 198503 1 016`; docs/format.md §1.3). The one place
// that knows what a NIP is.

export const NIP_LENGTH = 18;

/** The NIP as written without a leading `NIP.` / `NIP:` label. */
export function stripNipLabel(text: string): string {
  return text.replace(/^\s*NIP\b\.?\s*:?\s*/i, '').trim();
}

/** The characters of a NIP that count: the text without its label, spaces and dots. */
export function nipDigits(text: string): string {
  return stripNipLabel(text).replace(/[\s.]+/g, '');
}

export type NipState = 'empty' | 'valid' | 'invalid';

export function nipState(text: string): NipState {
  const digits = nipDigits(text);
  if (digits === '') return 'empty';
  return /^\d+$/.test(digits) && digits.length === NIP_LENGTH ? 'valid' : 'invalid';
}

/** A whole NIP grouped 8-6-1-3; any other text as written (trimmed, without its label). */
export function groupNip(text: string): string {
  if (nipState(text) !== 'valid') return stripNipLabel(text);
  const d = nipDigits(text);
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}
