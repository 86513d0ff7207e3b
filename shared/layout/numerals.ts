// Numbering printed on SOPs: roman numerals of the LAMPIRAN headings, letters of connector pairs.

/**
 * The LAMPIRAN heading of the book's `index`th SOP: the numeral recorded for it (a decree's, which
 * may be `IIA`), else the roman numeral of its position.
 */
export function appendixLabel(index: number, numerals: readonly string[] = []): string {
  return `LAMPIRAN ${numerals[index]?.trim() || romanNumeral(index + 1)}`;
}

/** 1 → I, 41 → XLI. */
export function romanNumeral(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.max(0, Math.floor(value));
  let out = '';
  for (const [n, symbol] of table) {
    while (rest >= n) {
      out += symbol;
      rest -= n;
    }
  }
  return out;
}

/** 0 → A, 25 → Z, 26 → AA … */
export function letters(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
