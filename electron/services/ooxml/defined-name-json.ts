// JSON kept in a workbook's defined name as a formula of string literals ("…"&"…"), which Excel
// and LibreOffice keep on re-save: our print settings (SOP_Cetak) and library reference
// (SOP_Pustaka) travel this way.

/** The JSON value written in a defined name's formula, or undefined when absent or not JSON. */
export function definedNameJson(formula: string | undefined, maxLength: number): unknown {
  if (!formula || formula.length > maxLength) return undefined;
  const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) =>
    (m[1] ?? '').replace(/""/g, '"'),
  );
  if (literals.length === 0) return undefined;
  try {
    return JSON.parse(literals.join('')) as unknown;
  } catch {
    return undefined;
  }
}
