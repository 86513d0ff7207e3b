// Synthetic SOP documents for the rules tests: a clean document that no check objects to, and
// helpers to change one thing in it.

import { emptySop, emptyStep, type SopDocument, type Step } from '../../../shared/model';

export type StepInput = Partial<Step> & { activity: string };

/** A small, correct SOP: every identity item filled, two executors, a chained three-step flow. */
export function cleanDoc(): SopDocument {
  const doc = emptySop({
    government: 'PEMERINTAH KABUPATEN KATINGAN',
    agency: 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK',
    unit: 'BIDANG PERLINDUNGAN ANAK',
    approvedBy: { title: 'Kepala Dinas', name: 'RENTAS, SH', nip: '19620603 198503 1 016' },
  });
  Object.assign(doc.identity, {
    number: '5 Tahun 2021',
    createdDate: '4 Januari 2021',
    effectiveDate: '11 Januari 2021',
    name: 'Pembinaan KELANA',
    legalBasis: ['Undang Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak'],
    qualifications: ['Menguasai pengoperasian komputer'],
    relatedSops: ['SOP Kerangka Acuan Kegiatan'],
    equipment: ['Komputer'],
    warnings: ['Apabila SOP ini tidak dilaksanakan, kegiatan tidak terlaksana'],
    records: ['Laporan kegiatan'],
  });
  doc.executors = [
    { id: 'e1', name: 'Pelaksana' },
    { id: 'e2', name: 'Kasi' },
  ];
  doc.steps = steps([
    {
      activity: 'Membuat konsep KAK',
      executors: ['e2'],
      symbol: 'terminator',
      requirements: 'Bahan',
      output: 'Konsep KAK',
    },
    {
      activity: 'Mengetik konsep KAK',
      executors: ['e1'],
      requirements: 'Konsep KAK',
      output: 'Draf KAK',
    },
    {
      activity: 'Menandatangani KAK',
      executors: ['e2'],
      symbol: 'terminator',
      requirements: 'Draf KAK',
      output: 'KAK',
    },
  ]);
  return doc;
}

/** Steps s1, s2 … from partial rows; a step gets executor e1 and 30 minutes unless given. */
export function steps(rows: StepInput[]): Step[] {
  return rows.map((row, index) => ({
    ...emptyStep(`s${index + 1}`),
    executors: ['e1'],
    time: '30 menit',
    output: `Hasil ${index + 1}`,
    ...row,
  }));
}

/** A clean document whose steps are replaced (executors e1 and e2 stay). */
export function docWithSteps(rows: StepInput[]): SopDocument {
  const doc = cleanDoc();
  doc.steps = steps(rows);
  return doc;
}

/** A flow of terminator, processes/decisions given by symbol letters ("tpdpt"), times as given. */
export function flowDoc(
  symbols: string,
  overrides: Record<number, Partial<Step>> = {},
): SopDocument {
  const kinds = { t: 'terminator', p: 'process', d: 'decision' } as const;
  return docWithSteps(
    [...symbols].map((letter, index) => ({
      activity: `Melakukan kegiatan ${index + 1}`,
      executors: [index % 2 === 0 ? 'e1' : 'e2'],
      symbol: kinds[letter as keyof typeof kinds],
      requirements: index === 0 ? 'Bahan' : `Hasil ${index}`,
      ...overrides[index + 1],
    })),
  );
}
