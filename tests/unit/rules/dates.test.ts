// The ISO side of the dates (the organisation server keeps a decree's date as `2026-03-12`): a
// date to ISO and back, days that do not exist refused (and told from text that is no date), and
// the way the register prints one.

import { describe, expect, it } from 'vitest';
import {
  calendarDateFromIso,
  daysInMonth,
  formatIsoDate,
  isoDate,
  parseIndonesianDate,
  readDate,
} from '../../../shared/rules';

describe('isoDate', () => {
  it('writes year, month and day with their leading zeros', () => {
    expect(isoDate({ year: 2026, month: 3, day: 12 })).toBe('2026-03-12');
    expect(isoDate({ year: 2021, month: 1, day: 4 })).toBe('2021-01-04');
    expect(isoDate({ year: 2024, month: 12, day: 31 })).toBe('2024-12-31');
  });

  it.each(['12 Maret 2026', '12/03/2026', '12-03-2026', 'Kamis, 12 Maret 2026', '2026-03-12'])(
    'gives the date a clerk typed as %j',
    (typed) => {
      const date = parseIndonesianDate(typed);
      expect(date && isoDate(date)).toBe('2026-03-12');
    },
  );
});

describe('calendarDateFromIso', () => {
  it('reads an ISO date', () => {
    expect(calendarDateFromIso('2026-03-04')).toEqual({ year: 2026, month: 3, day: 4 });
  });

  it('takes 29 February only in a leap year', () => {
    expect(calendarDateFromIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarDateFromIso('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(calendarDateFromIso('2026-02-29')).toBeNull();
    expect(calendarDateFromIso('2100-02-29')).toBeNull();
  });

  it.each(['2026-02-31', '2026-04-31', '2026-13-01', '2026-00-10', '2026-03-00'])(
    'refuses the day that does not exist %j',
    (text) => expect(calendarDateFromIso(text)).toBeNull(),
  );

  it.each(['', '12 Maret 2026', '12/03/2026', '2026-3-4', '2026-03-04T00:00:00Z', ' 2026-03-04'])(
    'refuses %j, which is not an ISO date',
    (text) => expect(calendarDateFromIso(text)).toBeNull(),
  );

  it('gives back the date isoDate wrote, every day of a leap year', () => {
    for (let day = 0; day < 366; day += 1) {
      const moment = new Date(Date.UTC(2024, 0, 1 + day));
      const date = {
        year: moment.getUTCFullYear(),
        month: moment.getUTCMonth() + 1,
        day: moment.getUTCDate(),
      };
      expect(calendarDateFromIso(isoDate(date))).toEqual(date);
    }
  });
});

describe('parseIndonesianDate, for a decree date', () => {
  it.each(['31 Februari 2026', '29 Februari 2026', '31/04/2026', '12 Maretan', '12.03.26'])(
    'cannot read %j, so nothing is sent',
    (typed) => expect(parseIndonesianDate(typed)).toBeNull(),
  );

  it('reads 29 Februari in a leap year', () => {
    expect(parseIndonesianDate('29 Februari 2028')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('formatIsoDate', () => {
  it('prints an ISO date the Indonesian way', () => {
    expect(formatIsoDate('2026-03-04')).toBe('4 Maret 2026');
    expect(formatIsoDate('2025-12-17')).toBe('17 Desember 2025');
  });

  it('leaves any other text as it is', () => {
    expect(formatIsoDate('')).toBe('');
    expect(formatIsoDate('4 Maret 2026')).toBe('4 Maret 2026');
    expect(formatIsoDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('readDate, telling a day that does not exist from no date', () => {
  it('reads a whole date', () => {
    expect(readDate('4 Maret 2026')).toEqual({
      kind: 'date',
      date: { year: 2026, month: 3, day: 4 },
    });
  });

  it.each([
    ['31 Februari 2026', { year: 2026, month: 2, day: 31 }],
    ['29 Februari 2026', { year: 2026, month: 2, day: 29 }],
    ['31/04/2026', { year: 2026, month: 4, day: 31 }],
    ['2026-06-31', { year: 2026, month: 6, day: 31 }],
  ])('names %s as a day its month does not have', (text, date) => {
    expect(readDate(text)).toEqual({ kind: 'no-such-day', date });
  });

  it.each(['', 'besok', '12 Maretan', '32 Maret 2026', '12/13/2026', '12 Maret 1800', '12.03.26'])(
    'finds no date in "%s"',
    (text) => {
      expect(readDate(text)).toEqual({ kind: 'unreadable' });
    },
  );

  it('knows the length of each month, February in a leap year too', () => {
    expect([2, 4, 12].map((month) => daysInMonth(2026, month))).toEqual([28, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});
