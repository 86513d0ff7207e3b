// Reads the Waktu (time) text of a step into minutes, for totals and checks. The text itself is
// never changed: the editor always prints it as written (docs/format.md §2.3).

import { DEFAULT_WORKDAY_HOURS } from '../model/library';

/** How long a working day, week and month are; a "hari" in an SOP is a working day. */
export type TimeSettings = { hoursPerDay: number; daysPerWeek: number; daysPerMonth: number };

/**
 * Eight-hour working days, five-day weeks, 22 working days a month (Indonesian civil service); the
 * organisation profile may set another working day.
 */
export const DEFAULT_TIME_SETTINGS: TimeSettings = {
  hoursPerDay: DEFAULT_WORKDAY_HOURS,
  daysPerWeek: 5,
  daysPerMonth: 22,
};

export type TimeUnit = 'detik' | 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan' | 'tahun';

/** A duration in minutes; min < max when the text gives a range such as `1-3 Hari`. */
export type TimeRange = { min: number; max: number };

/**
 * Why a time could not be read: `empty` (blank or a `-` placeholder), `adjustable`
 * ("disesuaikan", "tentatif": deliberately no fixed time), `unrecognised` (anything else).
 */
export type TimeFailure = 'empty' | 'adjustable' | 'unrecognised';

export type TimeParse = ({ ok: true } & TimeRange) | { ok: false; reason: TimeFailure };

export type TimeParseOptions = {
  settings?: Partial<TimeSettings>;
  /** Unit of a bare number: tables whose header says `Waktu (menit)` hold bare numbers. */
  bareUnit?: TimeUnit;
};

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'unit'; unit: TimeUnit }
  | { kind: 'range' }
  | { kind: 'break' }
  | { kind: 'realtime' }
  | { kind: 'one'; unit: TimeUnit }
  | { kind: 'filler' }
  | { kind: 'word' };

// Unit spellings, including OCR forms ("rn" read for "m", as in `1 rninggu`).
const UNIT_WORDS: ReadonlyArray<[RegExp, TimeUnit]> = [
  [/^(detik|dtk|det)$/, 'detik'],
  [/^((m|rn)enit|mnt|mnit|men|min|mins|minutes?)$/, 'menit'],
  [/^(jam|jm|hours?|hrs?)$/, 'jam'],
  [/^(hari|hr|hk|days?)$/, 'hari'],
  [/^((m|rn)inggu|mgg|mg|pekan|weeks?)$/, 'minggu'],
  [/^(bulan|bln|months?)$/, 'bulan'],
  [/^(tahun|thn|years?)$/, 'tahun'],
];

// "Se-" forms count one unit: sehari, sejam, seminggu, sebulan.
const ONE_UNIT_WORDS = new Map<string, TimeUnit>([
  ['sedetik', 'detik'],
  ['semenit', 'menit'],
  ['sejam', 'jam'],
  ['sehari', 'hari'],
  ['seminggu', 'minggu'],
  ['sepekan', 'minggu'],
  ['sebulan', 'bulan'],
  ['setahun', 'tahun'],
]);

// Words that qualify a value without changing it (approximately, at most, working days), and the
// spelled-out repeat of a number in `2 (dua) hari`.
const FILLER_WORDS = new Set([
  'kerja',
  'kurang',
  'lebih',
  'kl',
  'sekitar',
  'kira',
  'maks',
  'maksimal',
  'maksimum',
  'max',
  'paling',
  'lama',
  'lambat',
  'selambat',
  'lambatnya',
  'selama',
  'waktu',
  ...['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
  ...['sepuluh', 'sebelas', 'belas', 'puluh', 'seratus', 'ratus'],
]);

const RANGE_WORDS = new Set(['sd', 'sampai', 'hingga', 'sampaidengan']);
const BREAK_WORDS = new Set(['dan', 'ditambah']);
const ADJUSTABLE = /sesuai|nyesuai|tentatif|kondisional|situasional|fleksibel|tergantung/;

export function resolveTimeSettings(settings?: Partial<TimeSettings>): TimeSettings {
  return { ...DEFAULT_TIME_SETTINGS, ...settings };
}

/** Minutes in one unit under the given working-time settings. */
export function unitMinutes(unit: TimeUnit, settings: TimeSettings): number {
  const day = settings.hoursPerDay * 60;
  switch (unit) {
    case 'detik':
      return 1 / 60;
    case 'menit':
      return 1;
    case 'jam':
      return 60;
    case 'hari':
      return day;
    case 'minggu':
      return day * settings.daysPerWeek;
    case 'bulan':
      return day * settings.daysPerMonth;
    case 'tahun':
      return day * settings.daysPerMonth * 12;
  }
}

/**
 * Parses a Waktu cell. Several values in one cell (`2 Jam` and `1 Jam` on two lines, one per
 * sub-item, or `1 jam 30 menit`) are added up; a range keeps its ends; `real time` (done at once)
 * is zero minutes.
 */
export function parseTime(text: string, options: TimeParseOptions = {}): TimeParse {
  const normal = normalise(text);
  if (normal === '' || /^[-–—.\s]*$/.test(normal)) return { ok: false, reason: 'empty' };
  const settings = resolveTimeSettings(options.settings);
  const parsed = readTokens(tokenise(normal), options.bareUnit ?? 'menit', settings);
  if (parsed) return { ok: true, ...parsed };
  return { ok: false, reason: ADJUSTABLE.test(normal) ? 'adjustable' : 'unrecognised' };
}

function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\+\/-/g, '±')
      .replace(/[–—]/g, '-')
      .replace(/\bs\s*[./]\s*d\b\.?/g, ' sd ')
      .replace(/\bsampai\s+dengan\b/g, ' sd ')
      .replace(/\breal\s*-?\s*time\b/g, ' realtime ')
      // OCR reads "1" as "l" or "i" right before a unit: `lHari`, `l hari`.
      .replace(/(^|[^a-z0-9])[li]\s*(?=(hari|jam|menit|minggu|bulan)\b)/g, '$11 ')
      .trim()
  );
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(\d+(?:[.,]\d+)*)|([a-z]+)|(-)|([\n;+&/,()]|±)/g;
  for (const match of text.matchAll(pattern)) {
    const [, number, word, dash] = match;
    if (number !== undefined) tokens.push({ kind: 'number', value: readNumber(number) });
    else if (word !== undefined) tokens.push(wordToken(word));
    else if (dash !== undefined) tokens.push({ kind: 'range' });
    else tokens.push({ kind: 'break' });
  }
  return tokens;
}

function wordToken(word: string): Token {
  const unit = UNIT_WORDS.find(([pattern]) => pattern.test(word))?.[1];
  if (unit) return { kind: 'unit', unit };
  if (word === 'realtime') return { kind: 'realtime' };
  const one = ONE_UNIT_WORDS.get(word);
  if (one) return { kind: 'one', unit: one };
  if (RANGE_WORDS.has(word)) return { kind: 'range' };
  if (BREAK_WORDS.has(word)) return { kind: 'break' };
  if (FILLER_WORDS.has(word)) return { kind: 'filler' };
  return { kind: 'word' };
}

/** `1.980` is one thousand nine hundred and eighty (dot groups of three); `1,5` and `1.5` are decimals. */
function readNumber(text: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text.replace(',', '.'));
}

function readTokens(tokens: Token[], bareUnit: TimeUnit, settings: TimeSettings): TimeRange | null {
  const total: TimeRange = { min: 0, max: 0 };
  let values = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind === 'break' || token.kind === 'filler' || token.kind === 'range') {
      // A dash with no value before it is a list bullet, not a range.
      i++;
      continue;
    }
    const read = readValue(tokens, i, bareUnit, settings);
    if (!read) return null;
    total.min += read.min;
    total.max += read.max;
    values++;
    i = read.next;
  }
  return values > 0 ? total : null;
}

/** One value at `start`: a number with an optional unit, a range of two, `real time` or `sehari`. */
function readValue(
  tokens: Token[],
  start: number,
  bareUnit: TimeUnit,
  settings: TimeSettings,
): (TimeRange & { next: number }) | null {
  const token = tokens[start];
  if (token?.kind === 'realtime') return { min: 0, max: 0, next: start + 1 };
  if (token?.kind === 'one') {
    const minutes = unitMinutes(token.unit, settings);
    return { min: minutes, max: minutes, next: start + 1 };
  }
  if (token?.kind !== 'number' || !Number.isFinite(token.value)) return null;
  const first = unitAfter(tokens, start + 1);
  const afterFirst = first ? first.next : start + 1;
  const second = tokens[afterFirst]?.kind === 'range' ? tokens[afterFirst + 1] : undefined;
  if (second?.kind !== 'number' || !Number.isFinite(second.value)) {
    const minutes = token.value * unitMinutes(first?.unit ?? bareUnit, settings);
    return { min: minutes, max: minutes, next: afterFirst };
  }
  // A range: `1-3 Hari` takes its unit from the end, `30 menit - 1 jam` has one at each end.
  const end = unitAfter(tokens, afterFirst + 2);
  const lowUnit = first?.unit ?? end?.unit ?? bareUnit;
  const low = token.value * unitMinutes(lowUnit, settings);
  const high = second.value * unitMinutes(end?.unit ?? lowUnit, settings);
  return {
    min: Math.min(low, high),
    max: Math.max(low, high),
    next: end ? end.next : afterFirst + 2,
  };
}

/** The unit right after a number; it may sit on the next line (`3240` / `Menit`). */
function unitAfter(tokens: Token[], index: number): { unit: TimeUnit; next: number } | null {
  let j = index;
  while (tokens[j]?.kind === 'break' || tokens[j]?.kind === 'filler') j++;
  const token = tokens[j];
  return token?.kind === 'unit' ? { unit: token.unit, next: j + 1 } : null;
}
