import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_SETTINGS, parseTime, unitMinutes } from '../../../shared/rules';

const DAY = 8 * 60;

describe('parseTime', () => {
  // Every form of docs/format.md §2.3 and §8.4, with the minutes it must give.
  const readable: [string, number, number][] = [
    ['15 menit', 15, 15],
    ['30 Menit', 30, 30],
    ['5 MENIT', 5, 5],
    ['1 jam', 60, 60],
    ['2 Jam', 120, 120],
    ['1 Hari', DAY, DAY],
    ['1 hari', DAY, DAY],
    ['1-3 Hari', DAY, 3 * DAY],
    ['1 – 3 hari', DAY, 3 * DAY],
    ['1 s.d 3 hari', DAY, 3 * DAY],
    ['1 s/d 3 Hari', DAY, 3 * DAY],
    ['2 sampai 4 jam', 120, 240],
    ['30 menit - 1 jam', 30, 60],
    ['3-1 hari', DAY, 3 * DAY],
    ['5 hari kerja', 5 * DAY, 5 * DAY],
    ['1 minggu', 5 * DAY, 5 * DAY],
    ['1 Minggu', 5 * DAY, 5 * DAY],
    ['2 minggu', 10 * DAY, 10 * DAY],
    ['1 bulan', 22 * DAY, 22 * DAY],
    ['1.980 Menit', 1980, 1980],
    ['1.620 Menit', 1620, 1620],
    ['24480 Menit', 24480, 24480],
    ['1,5 jam', 90, 90],
    ['1.5 jam', 90, 90],
    ['120', 120, 120],
    ['5', 5, 5],
    ['real time', 0, 0],
    ['Real Time', 0, 0],
    ['realtime', 0, 0],
    ['2 Jam\n1 Jam', 180, 180],
    ['2 Jam 1 Jam', 180, 180],
    ['1 jam 30 menit', 90, 90],
    ['3240\nMenit', 3240, 3240],
    ['3Hari', 3 * DAY, 3 * DAY],
    ['30menit', 30, 30],
    ['lHari', DAY, DAY],
    ['l hari', DAY, DAY],
    ['1 rninggu', 5 * DAY, 5 * DAY],
    ['2 (dua) hari', 2 * DAY, 2 * DAY],
    ['± 30 menit', 30, 30],
    ['+/- 2 jam', 120, 120],
    ['kurang lebih 15 menit', 15, 15],
    ['maksimal 3 hari', 3 * DAY, 3 * DAY],
    ['sehari', DAY, DAY],
    ['60 mnt', 60, 60],
    ['1 HK', DAY, DAY],
    ['0', 0, 0],
  ];

  it.each(readable)('reads %j as %d to %d minutes', (text, min, max) => {
    expect(parseTime(text)).toEqual({ ok: true, min, max });
  });

  const unreadable: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['-', 'empty'],
    ['–', 'empty'],
    ['Waktu disesuaikan', 'adjustable'],
    ['menyesuaikan', 'adjustable'],
    ['tentatif', 'adjustable'],
    ['Men*', 'unrecognised'],
    ['Minggu', 'unrecognised'],
    ['per minggu', 'unrecognised'],
    ['segera', 'unrecognised'],
    ['30 menit per kegiatan', 'unrecognised'],
    ['constructor', 'unrecognised'],
    ['1.2.3 jam', 'unrecognised'],
  ];

  it.each(unreadable)('does not read %j (%s)', (text, reason) => {
    expect(parseTime(text)).toEqual({ ok: false, reason });
  });

  it('uses the configured working day, week and month', () => {
    const settings = { hoursPerDay: 7.5, daysPerWeek: 6, daysPerMonth: 20 };
    expect(parseTime('1 hari', { settings })).toEqual({ ok: true, min: 450, max: 450 });
    expect(parseTime('1 minggu', { settings })).toEqual({ ok: true, min: 2700, max: 2700 });
    expect(parseTime('1 bulan', { settings })).toEqual({ ok: true, min: 9000, max: 9000 });
    expect(parseTime('1-2 hari', { settings: { hoursPerDay: 24 } })).toEqual({
      ok: true,
      min: 1440,
      max: 2880,
    });
  });

  it('takes the unit of a bare number from the table header', () => {
    expect(parseTime('2', { bareUnit: 'jam' })).toEqual({ ok: true, min: 120, max: 120 });
    expect(parseTime('1-3', { bareUnit: 'hari' })).toEqual({ ok: true, min: DAY, max: 3 * DAY });
    // A written unit wins over the header.
    expect(parseTime('30 menit', { bareUnit: 'jam' })).toEqual({ ok: true, min: 30, max: 30 });
  });

  it('never changes the text it reads', () => {
    const cell = { time: '1.980 Menit' };
    parseTime(cell.time);
    expect(cell.time).toBe('1.980 Menit');
  });

  it('stays fast and total on hostile input', () => {
    const long = '1 jam '.repeat(20_000);
    expect(parseTime(long)).toEqual({ ok: true, min: 60 * 20_000, max: 60 * 20_000 });
    expect(parseTime('-'.repeat(50_000))).toEqual({ ok: false, reason: 'empty' });
    expect(parseTime('9'.repeat(400)).ok).toBe(false);
  });
});

describe('unitMinutes', () => {
  it('converts each unit under the default settings', () => {
    expect(DEFAULT_TIME_SETTINGS).toEqual({ hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 22 });
    expect(unitMinutes('detik', DEFAULT_TIME_SETTINGS)).toBeCloseTo(1 / 60);
    expect(unitMinutes('menit', DEFAULT_TIME_SETTINGS)).toBe(1);
    expect(unitMinutes('jam', DEFAULT_TIME_SETTINGS)).toBe(60);
    expect(unitMinutes('hari', DEFAULT_TIME_SETTINGS)).toBe(DAY);
    expect(unitMinutes('minggu', DEFAULT_TIME_SETTINGS)).toBe(5 * DAY);
    expect(unitMinutes('bulan', DEFAULT_TIME_SETTINGS)).toBe(22 * DAY);
    expect(unitMinutes('tahun', DEFAULT_TIME_SETTINGS)).toBe(12 * 22 * DAY);
  });
});
