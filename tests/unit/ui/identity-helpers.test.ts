// The identity form's helpers: Indonesian dates from the date picker, NIP grouping and checking,
// splitting a pasted numbered list, and reading a logo file.

import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../shared/rules';
import { fromIsoDate, toIsoDate } from '../../../renderer/src/ui/form/dates';
import { splitPastedList } from '../../../renderer/src/ui/form/list-paste';
import { logoFromBytes } from '../../../renderer/src/ui/form/logo';
import { jpegBytes, pngBytes } from '../../support/pictures';
import { groupNip, nipState } from '../../../shared/model';
import { MAX_LOGO_BYTES } from '../../../shared/limits';

describe('identity dates', () => {
  it('writes the picked date the Indonesian way', () => {
    expect(fromIsoDate('2021-01-04')).toBe('4 Januari 2021');
    expect(fromIsoDate('2018-08-24')).toBe('24 Agustus 2018');
    expect(formatCalendarDate({ year: 2023, month: 12, day: 31 })).toBe('31 Desember 2023');
  });

  it('refuses what the picker cannot have sent', () => {
    expect(fromIsoDate('')).toBeNull();
    expect(fromIsoDate('2021-02-30')).toBeNull();
    expect(fromIsoDate('4 Januari 2021')).toBeNull();
  });

  it('shows typed dates in the picker and leaves free text alone', () => {
    expect(toIsoDate('4 Januari 2021')).toBe('2021-01-04');
    expect(toIsoDate('06-Juni-2023')).toBe('2023-06-06');
    expect(toIsoDate('24/08/2018')).toBe('2018-08-24');
    expect(toIsoDate('Januari 2020')).toBe('');
    expect(toIsoDate('-')).toBe('');
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
