// The names the app gives the files it saves: readable titles (a decree's number kept with its
// dots, its slashes as hyphens) and the slugs of `.sop.json` files.

import { describe, expect, it } from 'vitest';
import { fileNameFor, numberedSopFileName, sopSlug } from '../../../shared/model';

describe('fileNameFor', () => {
  it("keeps a decree's number readable: dots kept, slashes as hyphens", () => {
    expect(fileNameFor('Buku SOP keputusan 188.4/45/KPTS/2026', '.pdf')).toBe(
      'Buku SOP keputusan 188.4-45-KPTS-2026.pdf',
    );
    expect(fileNameFor('Keputusan 800\\12\\2026', '.pdf')).toBe('Keputusan 800-12-2026.pdf');
  });

  it('leaves out the characters file systems refuse', () => {
    expect(fileNameFor('Pelayanan Informasi: Publik/2024?', '.pdf')).toBe(
      'Pelayanan Informasi Publik-2024.pdf',
    );
    expect(fileNameFor('SOP "Cuti" <pegawai> | *semua*', '.xlsx')).toBe(
      'SOP Cuti pegawai semua.xlsx',
    );
  });

  it('makes no hidden file and no name ending in a dot or a space', () => {
    expect(fileNameFor('..rahasia', '.pdf')).toBe('rahasia.pdf');
    expect(fileNameFor('Nomor 5.', '.pdf')).toBe('Nomor 5.pdf');
    expect(fileNameFor('Pelayanan  \n KTP  ', '.pdf')).toBe('Pelayanan KTP.pdf');
  });

  it('keeps letters with accents as their plain letter', () => {
    expect(fileNameFor('Café Désa', '.pdf')).toBe('Cafe Desa.pdf');
  });

  it('falls back to SOP and cuts long titles at 80 characters', () => {
    expect(fileNameFor('   ', '.sop.json')).toBe('SOP.sop.json');
    expect(fileNameFor('a'.repeat(200), '.pdf')).toHaveLength(84);
    expect(fileNameFor(`${'a'.repeat(79)}. b`, '.pdf')).toBe(`${'a'.repeat(79)}.pdf`);
  });
});

describe('sopSlug', () => {
  it('names a .sop.json by the SOP in lower case', () => {
    expect(sopSlug('Verifikasi Berita Pencarian & Pertolongan')).toBe(
      'verifikasi-berita-pencarian-pertolongan',
    );
    expect(sopSlug('***')).toBe('sop');
    expect(numberedSopFileName(0, 'Jambore IMP')).toBe('01-jambore-imp.sop.json');
  });
});
