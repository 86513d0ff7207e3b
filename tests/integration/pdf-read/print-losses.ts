// What the print of a corpus SOP cannot tell the PDF reader, each case named with the text the
// source has and the text its print reads back as (docs/format.md §9.4). The round trip expects
// the printed reading in these places and the source everywhere else.

import type { Paper } from '../../../shared/model';

export type PrintLoss = {
  file: string;
  papers: readonly Paper[];
  source: string;
  printed: string;
  why: string;
};

const ALL: readonly Paper[] = ['A4', 'F4', 'Legal'];

const SPACE_AT_BREAK = 'a space after "/" or "-" at a line end prints as the bare break';
const FULL_LINE =
  'a word that fills its line to the last letter prints as a word broken there, and the other way round';
const BREAK_ON_FULL_LINE =
  'a line break in the text, where the next word would not have fitted anyway, prints as a wrap';

export const PRINT_LOSSES: readonly PrintLoss[] = [
  {
    file: '24-pemberian-modal-stimulan-single-parent.sop.json',
    papers: ['A4'],
    source: 'pengadministrasian umum',
    printed: 'pengadministr asian umum',
    why: FULL_LINE,
  },
  {
    file: '27-pembinaan-kegiatan-ekonomi-sosial.sop.json',
    papers: ['Legal'],
    source: 'pengadministrasian umum',
    printed: 'pengadministrasianumum',
    why: FULL_LINE,
  },
  {
    file: '56-membagi-tugas-bawahan.sop.json',
    papers: ['A4'],
    source: 'Progja,Urtug,SOP,RKA, DPA',
    printed: 'Progja,Urtug,SOP, RKA, DPA',
    why: FULL_LINE,
  },
  {
    file: '71-lomba-posyandu-bekasi.sop.json',
    papers: ['A4', 'F4'],
    source: 'Kepala DPPPA\nLaporan',
    printed: 'Kepala DPPPA Laporan',
    why: BREAK_ON_FULL_LINE,
  },
  {
    file: '71-lomba-posyandu-bekasi.sop.json',
    papers: ['Legal'],
    source: 'Wali Kota\nLaporan',
    printed: 'Wali Kota Laporan',
    why: BREAK_ON_FULL_LINE,
  },
  {
    file: '77-sekoper-cinta-bekasi.sop.json',
    papers: ['F4'],
    source: 'Pre- Test',
    printed: 'Pre-Test',
    why: SPACE_AT_BREAK,
  },
  {
    file: '79-pendampingan-kasus-anak-bekasi.sop.json',
    papers: ALL,
    source: 'FUNGSIONAL/ PELAKSANA',
    printed: 'FUNGSIONAL/PELAKSANA',
    why: SPACE_AT_BREAK,
  },
  {
    file: '79-pendampingan-kasus-anak-bekasi.sop.json',
    papers: ['A4', 'F4'],
    source: 'Data kasus anak\nDokumen',
    printed: 'Data kasus anak Dokumen',
    why: BREAK_ON_FULL_LINE,
  },
  {
    file: '79-pendampingan-kasus-anak-bekasi.sop.json',
    papers: ['F4'],
    source: 'pendampingan\nb Menginput',
    printed: 'pendampingan b Menginput',
    why: BREAK_ON_FULL_LINE,
  },
  {
    file: '81-pembinaan-ketahanan-keluarga-purwakarta.sop.json',
    papers: ['A4'],
    source: 'Dokumen/ Kendaraan',
    printed: 'Dokumen/Kendaraan',
    why: SPACE_AT_BREAK,
  },
];

/** The text as its print on `paper` reads back. */
export function asPrinted(file: string, paper: Paper, text: string): string {
  return PRINT_LOSSES.filter((loss) => loss.file === file && loss.papers.includes(paper)).reduce(
    (read, loss) => read.split(loss.source).join(loss.printed),
    text,
  );
}
