// The date picker's calendar as plain data: the weeks of a month (Senin first, as Indonesian
// calendars print them), the month a picker opens at, and the dates offered while a clerk types a
// day and the start of a month name ("4 Ja" → "4 Januari 2025"). Pure, tested without a browser.

import { MONTH_NAMES, parseIndonesianDate } from '../../../../shared/rules';
import type { CalendarDate } from '../../../../shared/rules';

export type CalendarMonth = { year: number; month: number };

export type CalendarDay = CalendarDate & { inMonth: boolean };

/** Six weeks from the Monday on or before the 1st: the same height for every month. */
export function monthGrid({ year, month }: CalendarMonth): CalendarDay[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  // getUTCDay: Sunday 0 … Saturday 6; Monday starts the week.
  const back = (first.getUTCDay() + 6) % 7;
  return Array.from({ length: 42 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1, 1 - back + index));
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month - 1,
    };
  });
}

export function addMonths({ year, month }: CalendarMonth, count: number): CalendarMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The field's date when it holds one (`4 Januari 2021`, `24/08/2018`), else today. */
export function startDate(text: string, today: CalendarDate): CalendarDate {
  return parseIndonesianDate(text) ?? today;
}

export function sameDay(a: CalendarDate | null, b: CalendarDate): boolean {
  return a !== null && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Whole dates for what is being typed: a day and the first letters of a month (`4 Ja`, `17 ag`)
 * give that day of each month so named, in `year`; a day alone gives it in every month.
 */
export function dateSuggestions(typed: string, year: number): string[] {
  const match = /^\s*(\d{1,2})\s*([a-z]*)\s*$/i.exec(typed);
  if (!match) return [];
  const day = Number(match[1]);
  const start = (match[2] ?? '').toLowerCase();
  return MONTH_NAMES.filter((name) => name.toLowerCase().startsWith(start))
    .map((name) => `${day} ${name} ${year}`)
    .filter((text) => parseIndonesianDate(text) !== null);
}

export function todayDate(now = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function addDays(date: CalendarDate, count: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + count));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The day a calendar key moves to: arrows by a day or a week, Page Up/Down by a month. */
export function dayAfterKey(date: CalendarDate, key: string): CalendarDate | null {
  const days: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  if (key in days) return addDays(date, days[key] ?? 0);
  if (key !== 'PageUp' && key !== 'PageDown') return null;
  const month = addMonths(date, key === 'PageUp' ? -1 : 1);
  const last = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  return { ...month, day: Math.min(date.day, last) };
}
