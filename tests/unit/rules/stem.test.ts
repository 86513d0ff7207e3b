// The Indonesian stemmer of the library search: word forms share a stem with their root (the
// confix-stripping rules of Nazief and Adriani, without a dictionary), and words that are no
// forms of each other do not.

import { describe, expect, it } from 'vitest';
import { indonesianStems, searchWords, stemText } from '../../../shared/rules/stem';

/** Whether two words are found by each other: their stems meet. */
const related = (a: string, b: string): boolean =>
  indonesianStems(a).some((stem) => indonesianStems(b).includes(stem));

describe('Indonesian stems', () => {
  it('takes affixes off down to the root', () => {
    const roots: Record<string, string[]> = {
      lapor: ['pelaporan', 'laporan', 'melaporkan', 'dilaporkan', 'pelapor', 'melapor'],
      bina: ['pembinaan', 'membina', 'pembina', 'binaan', 'dibina'],
      susun: ['penyusunan', 'menyusun', 'disusun', 'susunan', 'tersusun'],
      kirim: ['pengiriman', 'mengirim', 'dikirim', 'kiriman', 'mengirimkan'],
      periksa: ['pemeriksaan', 'memeriksa', 'diperiksa', 'pemeriksa'],
      tulis: ['penulisan', 'menulis', 'tulisan', 'ditulis'],
      nilai: ['penilaian', 'menilai', 'dinilai'],
      rencana: ['perencanaan', 'merencanakan', 'direncanakan'],
      terima: ['penerimaan', 'menerima', 'diterima', 'penerima'],
      laksana: ['pelaksanaan', 'melaksanakan', 'dilaksanakan', 'pelaksana'],
      layan: ['pelayanan', 'melayani', 'layanan', 'dilayani'],
      baik: ['perbaikan', 'memperbaiki', 'diperbaiki'],
      hasil: ['keberhasilan', 'berhasil', 'menghasilkan'],
      bijak: ['kebijakan'],
      dasar: ['berdasarkan'],
      kerja: ['bekerja', 'pekerjaan', 'dikerjakan'],
      ajar: ['belajar', 'pelajaran', 'mengajar'],
      cek: ['pengecekan', 'mengecek'],
      data: ['pendataan', 'mendata'],
      daya: ['pemberdayaan', 'memberdayakan'],
      tanggungjawab: ['pertanggungjawaban', 'dipertanggungjawabkan'],
      surat: ['persuratan', 'suratnya'],
      arsip: ['pengarsipan', 'mengarsipkan'],
      sampai: ['menyampaikan', 'disampaikan', 'penyampaian'],
    };
    for (const [root, forms] of Object.entries(roots)) {
      for (const form of forms) expect(indonesianStems(form), form).toContain(root);
    }
  });

  it('puts the word itself first and keeps short words and numbers as they are', () => {
    expect(indonesianStems('pelaporan')[0]).toBe('pelaporan');
    expect(indonesianStems('kb')).toEqual(['kb']);
    expect(indonesianStems('rapat')).toEqual(['rapat']);
    expect(indonesianStems('2021')).toEqual(['2021']);
    expect(indonesianStems('065')).toEqual(['065']);
    // Two syllables stay: a root is never cut further (bina, lapor, data).
    expect(indonesianStems('bina')).toEqual(['bina']);
    expect(indonesianStems('lapor')).toEqual(['lapor']);
  });

  it('keeps both readings where only a dictionary could choose (memakan: makan or pakan)', () => {
    expect(indonesianStems('memakan')).toEqual(expect.arrayContaining(['makan', 'pakan']));
    expect(related('memakai', 'pakai')).toBe(true);
    expect(related('menanam', 'tanam')).toBe(true);
  });

  it('does not relate words that are no forms of each other', () => {
    const unrelated: [string, string][] = [
      ['lapor', 'bina'],
      ['surat', 'rapat'],
      ['pelaporan', 'pembinaan'],
      ['kegiatan', 'keuangan'],
      ['pengiriman', 'penerimaan'],
      ['kepala', 'kelapa'],
      ['penyusunan', 'penyuluhan'],
    ];
    for (const [a, b] of unrelated) expect(related(a, b), `${a} ~ ${b}`).toBe(false);
  });

  it('never gives stems of fewer than three letters', () => {
    const words = ['pengecekan', 'dia', 'diam', 'kemana', 'sebagai', 'terima', 'pekerjaan'];
    for (const word of words) {
      for (const stem of indonesianStems(word)) expect(stem.length, word).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads texts as the search index does: lower case, no accents, each stem once', () => {
    expect(searchWords('Évaluasi: 065/037, Kepala-Dinas')).toEqual([
      'evaluasi',
      '065',
      '037',
      'kepala',
      'dinas',
    ]);
    const stems = stemText(['Pelaporan laporan', 'Melaporkan']).split(' ');
    expect(stems.filter((stem) => stem === 'lapor')).toHaveLength(1);
    expect(stems).toEqual(expect.arrayContaining(['pelaporan', 'laporan', 'melaporkan', 'lapor']));
  });
});
