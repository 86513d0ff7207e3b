// The decree reference atop each LAMPIRAN of an SOP book: NOMOR, TANGGAL and TENTANG on their own
// lines, as an Indonesian decree's appendix is headed, from the app's decree and `sop book --decree`.

import { describe, expect, it } from 'vitest';
import { arimoMeasurer, defaultLayoutSettings, layoutBook } from '../../../shared/layout';
import { decreeHeadingLines } from '../../../shared/layout/decree-heading';
import type { Page } from '../../../shared/layout/types';
import { syntheticSop } from './synthetic';

describe('decreeHeadingLines', () => {
  it('puts NOMOR, TANGGAL and TENTANG on their own lines', () => {
    expect(
      decreeHeadingLines(
        'KEPUTUSAN BUPATI SLEMAN NOMOR 188.4/45/KPTS/2026 TENTANG STANDAR OPERASIONAL PROSEDUR',
        '4 Maret 2026',
      ),
    ).toEqual([
      'KEPUTUSAN BUPATI SLEMAN',
      'NOMOR 188.4/45/KPTS/2026',
      'TANGGAL 4 Maret 2026',
      'TENTANG STANDAR OPERASIONAL PROSEDUR',
    ]);
  });

  it('keeps a subject naming another decree whole', () => {
    expect(
      decreeHeadingLines(
        'KEPUTUSAN NOMOR 5 TENTANG PERUBAHAN ATAS KEPUTUSAN NOMOR 2 TENTANG SOP',
        '',
      ),
    ).toEqual(['KEPUTUSAN', 'NOMOR 5', 'TENTANG PERUBAHAN ATAS KEPUTUSAN NOMOR 2 TENTANG SOP']);
  });

  it('reads the words in any case and keeps a TANGGAL the text already has', () => {
    expect(
      decreeHeadingLines(
        'Keputusan Kepala Dinas Nomor 7 Tanggal 2 Mei 2026 Tentang SOP',
        '3 Mei 2026',
      ),
    ).toEqual(['Keputusan Kepala Dinas', 'Nomor 7 Tanggal 2 Mei 2026', 'Tentang SOP']);
  });

  it('dates a decree without a subject at its end, and a nomor inside a word is no NOMOR', () => {
    expect(decreeHeadingLines('KEPUTUSAN NOMOR 1/2026', '2 Januari 2026')).toEqual([
      'KEPUTUSAN',
      'NOMOR 1/2026',
      'TANGGAL 2 Januari 2026',
    ]);
    expect(decreeHeadingLines('KEPUTUSAN PENOMORAN', '')).toEqual(['KEPUTUSAN PENOMORAN']);
  });

  it('has no lines without a decree, even with a date', () => {
    expect(decreeHeadingLines('  ', '4 Maret 2026')).toEqual([]);
  });
});

describe('the LAMPIRAN heading of a book', () => {
  it('is drawn line by line atop each SOP', () => {
    const docs = [
      syntheticSop({ steps: 3, executors: 2 }),
      syntheticSop({ steps: 3, executors: 2 }),
    ];
    const settings = {
      ...defaultLayoutSettings(docs[0]!),
      identityPage: true,
      draftMarks: [],
      cover: false,
      title: 'STANDAR OPERASIONAL PROSEDUR',
      year: '2026',
      decree: 'KEPUTUSAN NOMOR 188.4/12/2026 TENTANG SOP DINAS KESEHATAN',
      place: '',
      date: '4 Maret 2026',
      signer: null,
    };
    const pages = layoutBook(docs, settings, arimoMeasurer).pages;
    const headings = pages
      .filter((page: Page) => page.kind !== 'contents')
      .flatMap((page) => page.primitives)
      .flatMap((p) => (p.kind === 'text' && p.lines[0]?.startsWith('LAMPIRAN ') ? [p.lines] : []));
    expect(headings).toHaveLength(2);
    expect(headings[1]).toEqual([
      'LAMPIRAN II',
      'KEPUTUSAN',
      'NOMOR 188.4/12/2026',
      'TANGGAL 4 Maret 2026',
      'TENTANG SOP DINAS KESEHATAN',
    ]);
  });
});
