// The identity form's helpers: the date field's calendar and typed dates, NIP grouping and checking,
// splitting a pasted numbered list, and reading a logo file.

import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../shared/rules';
import {
  addDays,
  addMonths,
  dateSuggestions,
  dayAfterKey,
  monthGrid,
  startDate,
} from '../../../renderer/src/ui/form/calendar';
import { splitPastedList } from '../../../renderer/src/ui/form/list-paste';
import { logoFromBytes } from '../../../renderer/src/ui/form/logo';
import { jpegBytes, pngBytes } from '../../support/pictures';
import { groupNip, nipState } from '../../../shared/model';
import { MAX_LOGO_BYTES } from '../../../shared/limits';

describe('identity dates: the calendar', () => {
  const today = { year: 2025, month: 6, day: 17 };

  it('writes the picked date the Indonesian way', () => {
    expect(formatCalendarDate({ year: 2021, month: 1, day: 4 })).toBe('4 Januari 2021');
    expect(formatCalendarDate({ year: 2023, month: 12, day: 31 })).toBe('31 Desember 2023');
  });

  it("opens at the field's date however it was typed, else today", () => {
    expect(startDate('4 Januari 2021', today)).toEqual({ year: 2021, month: 1, day: 4 });
    expect(startDate('06-Juni-2023', today)).toEqual({ year: 2023, month: 6, day: 6 });
    expect(startDate('24/08/2018', today)).toEqual({ year: 2018, month: 8, day: 24 });
    expect(startDate('Januari 2020', today)).toEqual(today);
    expect(startDate('-', today)).toEqual(today);
  });

  it('lays out six weeks from the Monday on or before the 1st', () => {
    // 1 January 2021 was a Friday: the grid starts on Monday 28 December 2020.
    const january = monthGrid({ year: 2021, month: 1 });
    expect(january).toHaveLength(42);
    expect(january[0]).toEqual({ year: 2020, month: 12, day: 28, inMonth: false });
    expect(january[4]).toEqual({ year: 2021, month: 1, day: 1, inMonth: true });
    expect(january.filter((d) => d.inMonth)).toHaveLength(31);
    // A month starting on a Monday starts the grid itself (1 January 2024).
    expect(monthGrid({ year: 2024, month: 1 })[0]).toEqual({
      year: 2024,
      month: 1,
      day: 1,
      inMonth: true,
    });
    expect(monthGrid({ year: 2024, month: 2 }).filter((d) => d.inMonth)).toHaveLength(29);
  });

  it('moves by a day, a week or a month, across months and years', () => {
    const date = { year: 2024, month: 1, day: 31 };
    expect(dayAfterKey(date, 'ArrowRight')).toEqual({ year: 2024, month: 2, day: 1 });
    expect(dayAfterKey(date, 'ArrowUp')).toEqual({ year: 2024, month: 1, day: 24 });
    expect(dayAfterKey(date, 'PageDown')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dayAfterKey({ year: 2024, month: 1, day: 3 }, 'PageUp')).toEqual({
      year: 2023,
      month: 12,
      day: 3,
    });
    expect(dayAfterKey(date, 'Enter')).toBeNull();
    expect(addMonths({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('offers whole dates for a typed day and the start of a month name', () => {
    expect(dateSuggestions('4 Ja', 2025)).toEqual(['4 Januari 2025']);
    expect(dateSuggestions('17 ag', 2025)).toEqual(['17 Agustus 2025']);
    expect(dateSuggestions('1 ju', 2025)).toEqual(['1 Juni 2025', '1 Juli 2025']);
    // A day alone: every month that has it.
    expect(dateSuggestions('31', 2025)).toHaveLength(7);
    expect(dateSuggestions('30 feb', 2025)).toEqual([]);
    expect(dateSuggestions('4 Januari 2021', 2025)).toEqual([]);
    expect(dateSuggestions('', 2025)).toEqual([]);
  });
});

describe('NIP', () => {
  it('groups an 18-digit NIP 8-6-1-3', () => {
    expect(groupNip('196206031985031016')).toBe('19620603 198503 1 016');
    expect(groupNip('19620603 198503 1 016')).toBe('19620603 198503 1 016');
  });

  it('keeps anything else as typed and calls it invalid', () => {
    expect(groupNip('1962060319850310')).toBe('1962060319850310');
    expect(nipState('1962060319850310')).toBe('invalid');
    expect(nipState('19620603 198503 1 01A')).toBe('invalid');
    expect(nipState('19620603 198503 1 016')).toBe('valid');
    expect(nipState('  ')).toBe('empty');
  });
});

describe('pasting a list', () => {
  it('splits a numbered list into items without the numbers', () => {
    expect(
      splitPastedList(
        '1. Undang-Undang Nomor 14 Tahun 2008\n2. Peraturan Pemerintah Nomor 61 Tahun 2010\r\n3) Perda Nomor 5',
      ),
    ).toEqual([
      'Undang-Undang Nomor 14 Tahun 2008',
      'Peraturan Pemerintah Nomor 61 Tahun 2010',
      'Perda Nomor 5',
    ]);
  });

  it('splits lettered and bulleted lists and joins wrapped lines to their item', () => {
    expect(splitPastedList('a. Komputer\nb. Printer yang\n   terhubung jaringan\nc. ATK')).toEqual([
      'Komputer',
      'Printer yang terhubung jaringan',
      'ATK',
    ]);
    expect(splitPastedList('- Buku agenda\n• Map')).toEqual(['Buku agenda', 'Map']);
  });

  it('splits plain lines, one item each', () => {
    expect(splitPastedList('Buku agenda\n\nMap arsip\n')).toEqual(['Buku agenda', 'Map arsip']);
  });

  it('leaves a single item to the normal paste', () => {
    expect(splitPastedList('Undang-Undang Nomor 14 Tahun 2008')).toBeNull();
    expect(splitPastedList('1. Satu-satunya butir')).toBeNull();
    expect(splitPastedList('')).toBeNull();
  });
});

describe('logo files', () => {
  const png = pngBytes(30, 20);
  const jpeg = jpegBytes(40, 30);

  it('takes PNG and JPEG by their bytes and stores base64', () => {
    expect(logoFromBytes(png)).toEqual({
      ok: true,
      logo: { mime: 'image/png', data: Buffer.from(png).toString('base64') },
    });
    expect(logoFromBytes(jpeg)).toMatchObject({ ok: true, logo: { mime: 'image/jpeg' } });
  });

  it('refuses other files, whatever their name says', () => {
    const refused = (bytes: Uint8Array) => logoFromBytes(bytes);
    expect(refused(new TextEncoder().encode('<svg onload="x()"/>'))).toEqual({
      ok: false,
      problem: 'type',
    });
    expect(refused(new Uint8Array([0x47, 0x49, 0x46, 0x38]))).toEqual({
      ok: false,
      problem: 'type',
    });
    expect(refused(new Uint8Array(0))).toEqual({ ok: false, problem: 'type' });
    // A PNG cut short is refused when picked, not later when the SOP is saved.
    expect(refused(png.slice(0, 40))).toEqual({ ok: false, problem: 'broken' });
  });

  it('refuses an image over the size or pixel limits', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(logoFromBytes(big)).toEqual({ ok: false, problem: 'bytes' });
    expect(logoFromBytes(jpegBytes(5_000, 100))).toEqual({ ok: false, problem: 'pixels' });
  });
});
