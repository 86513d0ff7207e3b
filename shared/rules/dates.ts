// Reads the dates of the identity part as people type them (`4 Januari 2021`, `06-Juni-2023`,
// `24/08/2018`, `24Agustus2018`). Month-only or free text gives null: the checks then stay silent.
// Also the ISO form (`2021-01-04`) the organisation server keeps a decree's date in, both ways.

export type CalendarDate = { year: number; month: number; day: number };

export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** A date the way Indonesian documents print it: `4 Januari 2021` (docs/format.md §1). */
export function formatCalendarDate(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1] ?? ''} ${date.year}`;
}

// Month names by their first three letters: Indonesian, common abbreviations and typos
// (`Septemebr`), and the English names of Excel's long-date format (`September 7, 2022`).
const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['peb', 2],
  ['mar', 3],
  ['apr', 4],
  ['mei', 5],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['aug', 8],
  ['sep', 9],
  ['okt', 10],
  ['oct', 10],
  ['nov', 11],
  ['nop', 11],
  ['des', 12],
  ['dec', 12],
]);

const WEEKDAYS =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*/;

/**
 * Parses one date; of a range (`4 Januari 2021 s.d 31 Desember 2021`) the first date, when the
 * period starts. Returns null for anything that is not a whole, existing date.
 */
export function parseIndonesianDate(text: string): CalendarDate | null {
  const reading = readDate(text);
  return reading.kind === 'date' ? reading.date : null;
}

/**
 * What a typed date is: a whole, existing date; a date whose day its month does not have
 * (`31 Februari 2026`: `date` holds the parts as typed); or text that is no date at all.
 */
export type DateReading =
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'no-such-day'; date: CalendarDate }
  | { kind: 'unreadable' };

/** Reads a date as parseIndonesianDate does, telling a day that does not exist from no date. */
export function readDate(text: string): DateReading {
  const first = text
    .toLowerCase()
    .trim()
    .split(/\s+(?:s\.?\s?d\.?|s\/d|sampai|hingga|[-–—])\s+/)[0];
  const clean = (first ?? '').replace(WEEKDAYS, '').replace(/\s+/g, ' ').trim();
  const parts = numericDate(clean) ?? namedMonthDate(clean);
  if (!parts) return { kind: 'unreadable' };
  return { kind: dayExists(parts) ? 'date' : 'no-such-day', date: parts };
}

/** The last day of a month: 28, 29, 30 or 31. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `24/08/2018`, `24-08-2018`, `24.08.2018` (day first, as in Indonesia) and ISO `2018-08-24`. */
function numericDate(text: string): CalendarDate | null {
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return dateParts(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return dateParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** `4 Januari 2021`, `24Agustus2018`, `06-Juni-2023`, `7 Sept. 2022`, `September 7, 2022`. */
function namedMonthDate(text: string): CalendarDate | null {
  const dayFirst = /^(\d{1,2})\s*[-/.]?\s*([a-z]+)\.?\s*[-/.,]?\s*(\d{4})$/.exec(text);
  if (dayFirst) return monthDate(dayFirst[3], dayFirst[2], dayFirst[1]);
  const monthFirst = /^([a-z]+)\.?\s*(\d{1,2}),?\s*(\d{4})$/.exec(text);
  if (monthFirst) return monthDate(monthFirst[3], monthFirst[1], monthFirst[2]);
  return null;
}

function monthDate(year = '', monthName = '', day = ''): CalendarDate | null {
  if (monthName.length < 3 || monthName.length > 10) return null;
  const month = MONTHS.get(monthName.slice(0, 3));
  return month === undefined ? null : dateParts(Number(year), month, Number(day));
}

/** A day, month and year that can make a date (day 1–31, month 1–12, year 1900–2200), or null. */
function dateParts(year: number, month: number, day: number): CalendarDate | null {
  const fits = year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return fits ? { year, month, day } : null;
}

function dayExists(date: CalendarDate): boolean {
  return date.day <= daysInMonth(date.year, date.month);
}

function validDate(year: number, month: number, day: number): CalendarDate | null {
  const parts = dateParts(year, month, day);
  return parts && dayExists(parts) ? parts : null;
}

/** `2026-03-12`: the ISO form the organisation server stores a date in. */
export function isoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The date an ISO `2026-03-12` names; null for any other text or a day that does not exist. */
export function calendarDateFromIso(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** An ISO date the Indonesian way (`2026-03-04` → `4 Maret 2026`); any other text as it is. */
export function formatIsoDate(text: string): string {
  const date = calendarDateFromIso(text);
  return date ? formatCalendarDate(date) : text;
}

/** Negative when `a` is earlier than `b`, zero on the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
