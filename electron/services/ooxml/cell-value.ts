// Cell values as text the way Excel shows them: shared and inline strings (rich-text runs joined),
// cached formula results, error codes, booleans, plain numbers and date serials (printed the
// Indonesian way, `4 Januari 2021`).

import { formatCalendarDate } from '../../../shared/rules';
import type { CellLook } from './cell-style';
import { attr, child, children, ownText, type XmlElement } from './xml';

export type CellKind = 'text' | 'number' | 'date' | 'boolean' | 'error' | 'formula-empty';

export type CellValue = { text: string; kind: CellKind };

/** Text of a string item (`si` or `is`): plain `t`, or rich-text runs `r/t` (phonetic runs skipped). */
export function stringItemText(item: XmlElement | undefined): string {
  const plain = children(item, 't')
    .map((t) => ownText(t))
    .join('');
  const runs = children(item, 'r')
    .map((run) =>
      children(run, 't')
        .map((t) => ownText(t))
        .join(''),
    )
    .join('');
  return unescapeOoxml(plain + runs);
}

/** OOXML escapes control characters as `_x000D_`; `_x005F_` escapes a literal underscore. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export function readSharedStrings(xml: XmlElement | undefined): string[] {
  return children(child(xml, 'sst'), 'si').map((si) => stringItemText(si));
}

/** For each cell style index: whether its number format shows a date (or a time). */
export type DateStyles = { kind: Array<'date' | 'time' | null> };

const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);
const BUILTIN_TIMES = new Set([18, 19, 20, 21, 45, 46, 47]);

export function readDateStyles(xml: XmlElement | undefined): DateStyles {
  const styleSheet = child(xml, 'styleSheet');
  const custom = new Map<number, 'date' | 'time' | null>();
  for (const numFmt of children(child(styleSheet, 'numFmts'), 'numFmt')) {
    const id = Number(attr(numFmt, 'numFmtId'));
    custom.set(id, classifyFormat(attr(numFmt, 'formatCode') ?? ''));
  }
  const kind = children(child(styleSheet, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? '0');
    if (custom.has(id)) return custom.get(id) ?? null;
    if (BUILTIN_DATES.has(id)) return 'date';
    if (BUILTIN_TIMES.has(id)) return 'time';
    return null;
  });
  return { kind };
}

function classifyFormat(code: string): 'date' | 'time' | null {
  // Quoted text, escapes and colour/condition brackets are not date tokens.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (/[dy]/i.test(bare) || /m{3,}/i.test(bare)) return 'date';
  if (/[hs]/i.test(bare)) return 'time';
  return null;
}

export type CellContext = {
  sharedStrings: string[];
  styles: DateStyles;
  date1904: boolean;
  /** Each cell style's border and fill (cell-style.ts); absent, every cell reads as plain. */
  looks?: CellLook[];
};

/** The value of one `c` element. */
export function cellValue(cell: XmlElement, context: CellContext): CellValue | null {
  const type = attr(cell, 't') ?? 'n';
  const raw = ownText(child(cell, 'v'));
  const hasFormula = child(cell, 'f') !== undefined;
  switch (type) {
    case 's': {
      const text = context.sharedStrings[Number(raw)];
      return text === undefined ? null : { text, kind: 'text' };
    }
    case 'inlineStr':
      return { text: stringItemText(child(cell, 'is')), kind: 'text' };
    case 'str':
      return { text: unescapeOoxml(raw), kind: 'text' };
    case 'b':
      return raw === '' ? null : { text: raw === '1' ? 'TRUE' : 'FALSE', kind: 'boolean' };
    case 'e':
      return { text: raw || '#N/A', kind: 'error' };
    default: {
      if (raw === '') return hasFormula ? { text: '', kind: 'formula-empty' } : null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return { text: raw, kind: 'text' };
      const style = context.styles.kind[Number(attr(cell, 's') ?? '0')] ?? null;
      if (style === 'date') return { text: formatDateSerial(n, context.date1904), kind: 'date' };
      if (style === 'time') return { text: formatTimeSerial(n), kind: 'date' };
      return { text: formatNumber(n), kind: 'number' };
    }
  }
}

/** Numbers as Excel's General format shows them: no binary noise such as 0.30000000000000004. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(11)));
}

export function formatDateSerial(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Serial 60 is Excel's phantom 29 February 1900; later serials are one day ahead.
  const epoch = Date.UTC(1899, 11, days >= 60 ? 30 : 31);
  const date = new Date(epoch + days * 86_400_000);
  if (Number.isNaN(date.getTime()) || serial < (date1904 ? 0 : 1)) return formatNumber(serial);
  return formatCalendarDate({
    day: date.getUTCDate(),
    month: date.getUTCMonth() + 1,
    year: date.getUTCFullYear(),
  });
}

function formatTimeSerial(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  return `${hh}.${String(minutes % 60).padStart(2, '0')}`;
}
