// Cell text tidying, list splitting, NIP grouping and the approver block.

import { describe, expect, it } from 'vitest';
import {
  cleanInline,
  cleanText,
  importedNip,
  isEnumerationOnly,
  parseApprover,
  splitListItems,
  stripEnumeration,
} from '../../../shared/import/text';

describe('cleanText', () => {
  it('tidies spacing and keeps line breaks', () => {
    expect(cleanText('5 \nMenit')).toBe('5\nMenit');
    expect(cleanText('Peralatan : \r\n   Komputer ,  scanner\n\n\n\nMeja\n')).toBe(
      'Peralatan :\nKomputer , scanner\n\nMeja',
    );
    expect(cleanText('      Oktober 2024')).toBe('Oktober 2024');
    expect(cleanInline('Pengadministr\nasian  Umum')).toBe('Pengadministr asian Umum');
  });
});

describe('lists', () => {
  it('splits enumerated lines into items and keeps plain cells whole', () => {
    expect(
      splitListItems('1. Jurnal Emergency Call 115\n2. Jurnal Harian Petugas Komunikasi'),
    ).toEqual(['Jurnal Emergency Call 115', 'Jurnal Harian Petugas Komunikasi']);
    expect(splitListItems('a. UU 23/2002\n   (Lembaran Negara)\nb. Perda 5/2019')).toEqual([
      'UU 23/2002\n(Lembaran Negara)',
      'Perda 5/2019',
    ]);
    expect(splitListItems('Perlengkapan\n   Perangkat deteksi dini, Peta')).toEqual([
      'Perlengkapan\nPerangkat deteksi dini, Peta',
    ]);
    expect(splitListItems('- Komputer')).toEqual(['Komputer']);
  });

  it('splits plain lines only when the whole list is that one cell', () => {
    const cell = 'Komputer\nPrinter\n\nKartu Kendali';
    expect(splitListItems(cell, true)).toEqual(['Komputer', 'Printer', 'Kartu Kendali']);
    expect(splitListItems(cell)).toEqual(['Komputer\nPrinter\n\nKartu Kendali']);
    expect(splitListItems('1) UU 23/2002\n2) Perda 5/2019', true)).toEqual([
      'UU 23/2002',
      'Perda 5/2019',
    ]);
    expect(splitListItems('• Komputer\n• Printer')).toEqual(['Komputer', 'Printer']);
  });

  it('strips a bare number only where it is the item position', () => {
    expect(stripEnumeration('1 Undang-Undang Nomor 23', 1)).toBe('Undang-Undang Nomor 23');
    expect(stripEnumeration('5 Tahun 2021', 1)).toBe('5 Tahun 2021');
    expect(stripEnumeration('2) Perda', 9)).toBe('Perda');
    expect(isEnumerationOnly('1.')).toBe(true);
    expect(isEnumerationOnly('a)')).toBe(true);
    expect(isEnumerationOnly('UU')).toBe(false);
  });
});

describe('approver', () => {
  it('groups an ungrouped NIP 8-6-1-3 and keeps other text as written', () => {
    expect(importedNip('NIP. 197212241998031002')).toBe('19721224 199803 1 002');
    expect(importedNip('NIP 19700407 199203 1005')).toBe('19700407 199203 1005');
    expect(importedNip('-')).toBe('-');
  });

  it('keeps the NIP of a workbook this app exported exactly as written', () => {
    expect(importedNip('NIP. 197212241998031002', false)).toBe('197212241998031002');
    expect(
      parseApprover([['Kepala Dinas'], ['BUDI'], ['NIP. 197212241998031002']], false, false).nip,
    ).toBe('197212241998031002');
  });

  it('reads title, name and NIP around the signature space', () => {
    expect(
      parseApprover([
        ['DIREKTUR KESIAPSIAGAAN'],
        ['Noer Isrodin Muchlisin, S.Pd., M.M.', 'NIP. 197212241998031002'],
      ]),
    ).toEqual({
      title: 'DIREKTUR KESIAPSIAGAAN',
      name: 'Noer Isrodin Muchlisin, S.Pd., M.M.',
      nip: '19721224 199803 1 002',
    });
    expect(parseApprover([['Kepala Dinas']])).toEqual({ title: 'Kepala Dinas', name: '', nip: '' });
    // One line followed by a NIP, without a gap, is the name.
    expect(parseApprover([['RENTAS, SH', 'NIP. 196206031985031016']])).toEqual({
      title: '',
      name: 'RENTAS, SH',
      nip: '19620603 198503 1 016',
    });
    expect(parseApprover([['RENTAS, SH', 'NIP. 196206031985031016']], true)).toEqual({
      title: '',
      name: 'RENTAS, SH',
      nip: '19620603 198503 1 016',
    });
    expect(parseApprover([['Kepala Dinas', 'RENTAS, SH', 'NIP. 196206031985031016']]).name).toBe(
      'RENTAS, SH',
    );
  });
});
