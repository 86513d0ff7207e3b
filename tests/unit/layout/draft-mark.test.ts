// The DRAF mark of the layout: on every page of a marked SOP (legend and narrative pages too),
// inside the top margin where it covers nothing, the same in the SVG the preview shows; a book
// marks only the SOPs given a mark.

import { describe, expect, it } from 'vitest';
import {
  arimoMeasurer,
  contentArea,
  defaultLayoutSettings,
  draftMarkText,
  layoutBook,
  layoutSop,
  renderSvgPage,
  type Page,
} from '../../../shared/layout';
import { syntheticSop } from './synthetic';

const marks = (page: Page) =>
  page.primitives.filter((p) => p.kind === 'text' && p.role === 'draft-mark');

describe('the DRAF mark', () => {
  const doc = syntheticSop({ steps: 40, executors: 5, decisionEvery: 7, backDistance: 2 });
  doc.print = { ...doc.print, legend: true, narrativeTable: true };
  const settings = defaultLayoutSettings(doc);

  it('is on every page of a marked SOP, above the content area', () => {
    const layout = layoutSop(doc, { ...settings, draftMark: { basedOn: 4 } }, arimoMeasurer);
    const { area } = contentArea(settings);
    expect(layout.pages.length).toBeGreaterThan(3);
    for (const page of layout.pages) {
      const texts = marks(page);
      expect(texts.flatMap((t) => (t.kind === 'text' ? t.lines : []))).toEqual([
        'DRAF',
        'Perubahan atas revisi 4 (disahkan); belum disahkan',
      ]);
      for (const text of texts) {
        if (text.kind !== 'text') continue;
        expect(text.box.y).toBeGreaterThan(0);
        expect(text.box.y + text.box.height).toBeLessThanOrEqual(area.y);
        expect(text.box.x + text.box.width).toBeLessThanOrEqual(area.x + area.width + 0.01);
      }
      expect(renderSvgPage(page)).toContain('>DRAF</text>');
    }
  });

  it('is on no page without a mark, and says "belum disahkan" for a draft never approved', () => {
    const plain = layoutSop(doc, settings, arimoMeasurer);
    expect(plain.pages.every((page) => marks(page).length === 0)).toBe(true);
    expect(draftMarkText({ basedOn: null })).toBe('DRAF — Belum disahkan');
  });

  it('marks in a book only the pages of the SOPs given a mark', () => {
    const other = syntheticSop({ steps: 5, executors: 3 });
    const book = layoutBook(
      [other, doc],
      {
        ...settings,
        draftMarks: [null, { basedOn: 1 }],
        cover: true,
        title: 'BUKU',
        year: '2026',
        decree: '',
        place: '',
        date: '',
        signer: null,
      },
      arimoMeasurer,
    );
    const first = layoutSop(other, settings, arimoMeasurer).pages.length;
    // Cover and contents, then the first SOP: unmarked; every page of the second SOP: marked.
    const marked = book.pages.map((page) => marks(page).length > 0);
    const front = book.pages.findIndex((page) => page.kind !== 'cover' && page.kind !== 'contents');
    expect(marked.slice(0, front + first).some(Boolean)).toBe(false);
    expect(marked.slice(front + first).every(Boolean)).toBe(true);
  });
});
