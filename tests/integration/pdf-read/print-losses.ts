// What the print of a corpus SOP cannot tell the PDF reader (docs/format.md §9.4): the texts read
// back otherwise than typed, each case named with the text the source has and the text its print
// reads back as, and the identity's print losses. The round trip expects the printed reading in
// exactly these places and the source everywhere else.

import { kopFromLines } from '../../../shared/import/text';
import { groupNip, type Identity, type Paper, type SopDocument } from '../../../shared/model';

export type PrintLoss = {
  file: string;
  papers: readonly Paper[];
  source: string;
  printed: string;
  why: string;
};

const ALL: readonly Paper[] = ['A4', 'F4', 'Legal'];

const SPACE_AT_BREAK = 'a space after "/" or "-" at a line end prints as the bare break';
const BREAK_ON_FULL_LINE =
  'a line break in the text, where the next word would not have fitted anyway, prints as a wrap';
const KOP_ON_FULL_LINE =
  "a kop line whose first word would not have fitted on the line above prints as that line's wrap";
const BPP = ['32-penyusunan-kegiatan-sosialisasi-advokasi', '33-evaluasi-dan-pelaporan-polhuk'];

export const PRINT_LOSSES: readonly PrintLoss[] = [
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
  // The kop compares as its lines (government, agency, unit) joined by line breaks.
  ...[...BPP, '34-seminar-penguatan-peran-perempuan'].map((name) => ({
    file: `${name}.sop.json`,
    papers: ['F4', 'Legal'] as const,
    source: 'BERENCANA\nKESETARAAN',
    printed: 'BERENCANA KESETARAAN',
    why: KOP_ON_FULL_LINE,
  })),
];

/**
 * The source document as its print on `paper` reads back (docs/format.md §9.4): the texts of
 * PRINT_LOSSES as printed, the kop upper case, the NIP grouped 8-6-1-3, and a number, date or
 * name typed as `-` empty (the print writes `-` for an empty one). Nothing else may differ.
 */
export function asPrinted(file: string, paper: Paper, source: SopDocument): SopDocument {
  const text = (value: string): string =>
    PRINT_LOSSES.filter((loss) => loss.file === file && loss.papers.includes(paper)).reduce(
      (read, loss) => read.split(loss.source).join(loss.printed),
      value,
    );
  return {
    ...withTexts(source, text),
    identity: printedIdentity(source.identity, text),
    print: { ...source.print, paper },
  };
}

/** The document with every executor name and step text passed through `text`. */
export function withTexts(source: SopDocument, text: (value: string) => string): SopDocument {
  return {
    ...source,
    executors: source.executors.map((e) => ({ ...e, name: text(e.name) })),
    steps: source.steps.map((step) => ({
      ...step,
      activity: text(step.activity),
      requirements: text(step.requirements),
      time: text(step.time),
      output: text(step.output),
      notes: text(step.notes),
    })),
  };
}

/** A number, date or name typed as `-` reads as empty: the print writes `-` for an empty one. */
export function withoutTypedDashes(identity: Identity): Identity {
  const dash = (value: string): string => (value.trim() === '-' ? '' : value);
  return {
    ...identity,
    number: dash(identity.number),
    createdDate: dash(identity.createdDate),
    revisionDate: dash(identity.revisionDate),
    effectiveDate: dash(identity.effectiveDate),
    name: dash(identity.name),
  };
}

function printedIdentity(identity: Identity, text: (value: string) => string): Identity {
  const upper = {
    government: identity.government.toUpperCase(),
    agency: identity.agency.toUpperCase(),
    unit: identity.unit.toUpperCase(),
  };
  // A kop loss joins two kop lines: the lines read back are then shared out as the reader does.
  const kop = [upper.government, upper.agency, upper.unit].filter((line) => line.trim() !== '');
  const read = text(kop.join('\n'));
  return {
    ...withoutTypedDashes(identity),
    ...(read === kop.join('\n') ? upper : kopFromLines(read.split('\n'))),
    approvedBy: { ...identity.approvedBy, nip: groupNip(identity.approvedBy.nip) },
  };
}
