// The LAMPIRAN numerals a decree lists its SOPs under: proposed I, II, III … in the listed order
// (the same numerals the SOP book prints), editable by the bureau.

import { romanNumeral } from '../../../../shared/layout';

/** The proposed numerals of `count` SOPs: I, II, III … */
export function proposedNumerals(count: number): string[] {
  return Array.from({ length: count }, (_, index) => romanNumeral(index + 1));
}

/** Whether every numeral is filled in and none is used twice (letter case ignored). */
export function numeralsValid(numerals: readonly string[]): boolean {
  const cleaned = numerals.map((numeral) => numeral.trim().toUpperCase());
  return cleaned.every((numeral) => numeral !== '') && new Set(cleaned).size === cleaned.length;
}
