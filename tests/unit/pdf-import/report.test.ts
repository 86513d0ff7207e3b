// Where an import report points, for a workbook and for a PDF: warnings by sheet and cell or by
// page and position, and the origin of each SOP (sheets, pages, or the attached source).

import { describe, expect, it } from 'vitest';
import { describeOrigin, describeWarning, type ImportReport } from '../../../shared/import';

const report = (extra: Partial<ImportReport>): ImportReport => ({
  name: 'SOP',
  sheets: [],
  recognised: [],
  warnings: [],
  ...extra,
});

describe('describeWarning', () => {
  it('names a sheet and cell as before', () => {
    expect(describeWarning({ kind: 'note', sheet: 'SOP', cell: 'D12', message: 'x' })).toBe(
      'Lembar "SOP", sel D12: x',
    );
    expect(describeWarning({ kind: 'note', sheet: 'SOP', cell: null, message: 'x' })).toBe(
      'Lembar "SOP": x',
    );
  });

  it('names a page and a position in points, a page, or the whole PDF', () => {
    expect(
      describeWarning({ kind: 'loss', page: 3, at: { x: 120.4, y: 339.6 }, message: 'Tebakan' }),
    ).toBe('Halaman 3, dekat (120, 340) pt: Tebakan');
    expect(describeWarning({ kind: 'loss', page: 2, at: null, message: 'Dilewati' })).toBe(
      'Halaman 2: Dilewati',
    );
    expect(describeWarning({ kind: 'loss', page: null, at: null, message: 'Lampiran' })).toBe(
      'Berkas PDF: Lampiran',
    );
  });
});

describe('describeOrigin', () => {
  it('says the sheets, the pages in runs, or the attached source', () => {
    expect(describeOrigin(report({ sheets: ['COVER', 'SOP'] }))).toBe('lembar "COVER", "SOP"');
    expect(describeOrigin(report({ pdf: { pages: [5, 1, 2, 3, 7, 8] } }))).toBe(
      'halaman 1–3, 5, 7–8',
    );
    expect(describeOrigin(report({ pdf: { attachment: 'a.sop.json' } }))).toBe(
      'dari lampiran sumber "a.sop.json"',
    );
  });
});
