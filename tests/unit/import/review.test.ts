// The import review's wording of warnings: losses before notes, the place without PDF
// coordinates, and the notes every SOP of a book repeats said once for the file.

import { describe, expect, it } from 'vitest';
import { arrangeReview, reviewText } from '../../../shared/import';
import type { ImportedSop, ImportWarning } from '../../../shared/import';
import { emptySop } from '../../../shared/model';

const logo: ImportWarning = {
  kind: 'note',
  page: 1,
  at: { x: 219, y: 45 },
  message: 'Logo tidak diambil dari PDF; pilih logo di Identitas.',
};
const foot = (page: number): ImportWarning => ({
  kind: 'note',
  page,
  at: { x: 48, y: 570 },
  message: 'Teks di kaki halaman dilewati (bukan bagian SOP).',
});
const branches: ImportWarning = {
  kind: 'loss',
  page: 2,
  at: { x: 360, y: 342 },
  message: 'Langkah 5: keputusan dengan 3 cabang; dua yang pertama dipakai.',
};

const sop = (warnings: ImportWarning[]): ImportedSop => ({
  document: emptySop(),
  report: { name: 'SOP', sheets: [], recognised: [], warnings },
});

describe('reviewText', () => {
  it('keeps the page and drops the position in points', () => {
    expect(reviewText(branches)).toBe(
      'Halaman 2: Langkah 5: keputusan dengan 3 cabang; dua yang pertama dipakai.',
    );
  });

  it('keeps the sheet and cell of a workbook', () => {
    expect(reviewText({ kind: 'loss', sheet: 'SOP', cell: 'D12', message: 'x' })).toBe(
      'Lembar "SOP", sel D12: x',
    );
  });
});

describe('arrangeReview', () => {
  it('puts the losses apart from the notes, in reading order', () => {
    const { sops } = arrangeReview({ sops: [sop([logo, branches, foot(2)])], notes: [] });
    expect(sops[0]).toEqual({
      losses: [reviewText(branches)],
      notes: [reviewText(logo), reviewText(foot(2))],
    });
  });

  it('says the notes every SOP of a file repeats once, and keeps the others per SOP', () => {
    const review = arrangeReview({
      sops: [sop([logo, branches, foot(1), foot(2)]), sop([logo, foot(1), foot(3)])],
      notes: [{ kind: 'note', page: 4, at: null, message: 'Halaman kosong; dilewati.' }],
    });
    expect(review.everySop).toEqual([reviewText(logo), reviewText(foot(1))]);
    expect(review.sops).toEqual([
      { losses: [reviewText(branches)], notes: [reviewText(foot(2))] },
      { losses: [], notes: [reviewText(foot(3))] },
    ]);
    expect(review.file).toEqual({ losses: [], notes: ['Halaman 4: Halaman kosong; dilewati.'] });
  });

  it('never lifts a loss, and lifts nothing from a file of one SOP', () => {
    const twice = arrangeReview({ sops: [sop([branches]), sop([branches])], notes: [] });
    expect(twice.everySop).toEqual([]);
    expect(twice.sops.map((s) => s.losses)).toEqual([
      [reviewText(branches)],
      [reviewText(branches)],
    ]);
    expect(arrangeReview({ sops: [sop([logo])], notes: [] }).everySop).toEqual([]);
  });
});
