// The LAMPIRAN numerals the decree dialog proposes and accepts.

import { describe, expect, it } from 'vitest';
import { numeralsValid, proposedNumerals } from '../../../renderer/src/features/register/numerals';

describe('decree numerals', () => {
  it('proposes I, II, III … in the listed order', () => {
    expect(proposedNumerals(4)).toEqual(['I', 'II', 'III', 'IV']);
    expect(proposedNumerals(14).at(-1)).toBe('XIV');
    expect(proposedNumerals(0)).toEqual([]);
  });

  it('refuses an empty numeral and the same numeral twice in any letter case', () => {
    expect(numeralsValid(['I', 'IIA'])).toBe(true);
    expect(numeralsValid(['I', ' '])).toBe(false);
    expect(numeralsValid(['II', 'ii '])).toBe(false);
  });
});
