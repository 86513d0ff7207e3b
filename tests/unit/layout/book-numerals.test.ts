// The SOP book's LAMPIRAN numerals: by position (I, II, …) unless the decree records its own
// (`IIA`), on the contents page and atop each SOP alike; and the decree's issuer atop the cover.

import { describe, expect, it } from 'vitest';
import { arimoMeasurer, defaultLayoutSettings, layoutBook } from '../../../shared/layout';
import type { BookSettings } from '../../../shared/layout/book';
import { appendixLabel } from '../../../shared/layout/numerals';
import type { Page } from '../../../shared/layout/types';
import { syntheticSop } from './synthetic';

const BOOK = {
  draftMarks: [],
  cover: true,
  title: 'STANDAR OPERASIONAL PROSEDUR',
  year: '2026',
  decree: 'KEPUTUSAN NOMOR 188.4/12/2026',
  place: '',
  date: '',
  signer: null,
};

/** Every text line of a page, in drawing order. */
function lines(page: Page | undefined): string[] {
  return (page?.primitives ?? []).flatMap((p) => (p.kind === 'text' ? p.lines : []));
}

function book(extra: Partial<BookSettings>) {
  const docs = [syntheticSop({ steps: 3, executors: 2 }), syntheticSop({ steps: 4, executors: 2 })];
  docs[0]!.identity.government = 'PEMERINTAH KABUPATEN KATINGAN';
  const settings = { ...defaultLayoutSettings(docs[0]!), identityPage: true, ...BOOK, ...extra };
  return layoutBook(docs, settings, arimoMeasurer).pages;
}

/** The LAMPIRAN labels of the contents page (after the cover) and atop the SOPs' pages. */
function labels(pages: Page[]) {
  const lampiran = (page: Page) => lines(page).filter((l) => l.startsWith('LAMPIRAN '));
  const [, contents, ...sops] = pages;
  return { contents: contents ? lampiran(contents) : [], atop: sops.flatMap(lampiran) };
}

describe('LAMPIRAN numerals of an SOP book', () => {
  it('numbers by position when no numerals are given', () => {
    expect(labels(book({})).contents).toEqual(['LAMPIRAN I', 'LAMPIRAN II']);
    expect(labels(book({})).atop).toEqual(['LAMPIRAN I', 'LAMPIRAN II']);
  });

  it('prints the numerals a decree records, on the contents page and atop each SOP', () => {
    const pages = book({ numerals: ['I', 'IIA'] });
    expect(labels(pages).contents).toEqual(['LAMPIRAN I', 'LAMPIRAN IIA']);
    expect(labels(pages).atop).toEqual(['LAMPIRAN I', 'LAMPIRAN IIA']);
  });

  it('falls back to the position for a numeral left blank', () => {
    expect(appendixLabel(1, ['III', ' '])).toBe('LAMPIRAN II');
    expect(appendixLabel(0, [' IV '])).toBe('LAMPIRAN IV');
  });
});

describe('the cover of an SOP book', () => {
  it('names the decree’s issuer instead of the first SOP’s government', () => {
    const cover = lines(book({ issuer: 'Pemerintah Provinsi Kalimantan Tengah' })[0]);
    expect(cover[0]).toBe('PEMERINTAH PROVINSI KALIMANTAN TENGAH');
    expect(cover.join(' ')).not.toContain('KATINGAN');
  });

  it('keeps the first SOP’s government without an issuer', () => {
    expect(lines(book({})[0])[0]).toBe('PEMERINTAH KABUPATEN KATINGAN');
  });
});
