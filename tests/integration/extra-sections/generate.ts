// Random extra identity sections (docs/format.md §1.4) for the round-trip tests: labels of one to
// four Indonesian-like words, the known labels (Tujuan, Definisi …) among them, items of a few
// words; seeded, so a failing case can be replayed.

import { matchIdentityLabel, type Identity } from '../../../shared/model';
import { random, type Random } from '../property/generate';

type ExtraSection = Identity['extraSections'][number];

const WORDS = [
  'kebijakan',
  'sasaran',
  'mutu',
  'prinsip',
  'pelayanan',
  'standar',
  'biaya',
  'jangka',
  'waktu',
  'produk',
  'sarana',
  'prasarana',
  'kompetensi',
  'pengawasan',
  'internal',
  'jumlah',
  'pelaksana',
  'jaminan',
  'keamanan',
  'evaluasi',
  'kinerja',
  'penanganan',
  'pengaduan',
  'saran',
  'masukan',
  'lingkup',
  'acuan',
  'ketentuan',
  'umum',
  'khusus',
  'rujukan',
  'lampiran',
  'formulir',
  'dokumen',
  'terkait',
  'catatan',
  'penting',
  'batasan',
  'istilah',
  'wewenang',
  'tanggung',
  'jawab',
  'alur',
  'data',
  'laporan',
  'berkas',
  'surat',
  'usulan',
  'anggaran',
  'desa',
];
const KNOWN = ['Tujuan', 'Definisi', 'Indikator Kinerja', 'Ruang Lingkup'];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function words(r: Random, count: number): string[] {
  return Array.from({ length: count }, () => r.pick(WORDS));
}

/** A label that names no standard item (it would be read as that item, by design). */
function label(r: Random): string {
  if (r.chance(0.2)) return r.pick(KNOWN);
  for (;;) {
    const text = words(r, 1 + r.int(4))
      .map(capital)
      .join(' ');
    const field = matchIdentityLabel(text);
    if (field === null || field === 'extra') return text;
  }
}

function item(r: Random): string {
  return capital(words(r, 2 + r.int(7)).join(' '));
}

/** 0–5 sections of 0–6 items each. */
export function randomSections(r: Random): ExtraSection[] {
  return Array.from({ length: r.int(6) }, () => ({
    label: label(r),
    items: Array.from({ length: r.int(7) }, () => item(r)),
  }));
}

export { random };
