// An identity list going on over pages (docs/format.md §9.5): numbers past 99, an item the print
// broke between two pages joined again, the count of bare numbers going on, and the lead joined
// to the item it ends.

import { describe, expect, it } from 'vitest';
import type { PdfText } from '../../../electron/services/pdf-import/page';
import {
  textLines,
  type PageRules,
  type TextLine,
} from '../../../electron/services/pdf-import/recognise/identity-lines';
import {
  goOnWith,
  type OpenList,
} from '../../../electron/services/pdf-import/recognise/identity-spill';
import {
  listItems,
  readList,
  type ListEnd,
} from '../../../electron/services/pdf-import/recognise/identity-text';
import { emptySop } from '../../../shared/model';
import { arimoMeasurer, BREAK_HYPHEN } from '../../../shared/layout/measure';

const NO_RULES: PageRules = { horizontal: [], vertical: [] };

function line(text: string, x: number, y: number, size = 9): TextLine {
  const width = arimoMeasurer.width(text, size, false);
  const piece: PdfText = {
    text,
    x,
    y,
    width,
    height: size * 1.15,
    size,
    bold: false,
    italic: false,
  };
  return textLines([piece], NO_RULES)[0]!;
}

/** Where an enumerated list of `count` items stood at the foot of a page. */
function enumeratedEnd(count: number, last: TextLine): ListEnd {
  return { enumerated: true, last, count, edge: 400 };
}

describe('readList', () => {
  it('reads enumerations past 99 as item starts', () => {
    const lines = [
      line('99. Peraturan Daerah Nomor 3', 60, 100),
      line('100. Peraturan Bupati Nomor 4', 60, 110),
      line('tentang Kearsipan', 76, 120),
      line('101. Keputusan Bupati Nomor 5', 60, 130),
    ];
    expect(listItems(lines, 400)).toEqual([
      'Peraturan Daerah Nomor 3',
      'Peraturan Bupati Nomor 4 tentang Kearsipan',
      'Keputusan Bupati Nomor 5',
    ]);
    // A three-digit number with a comma is the text wrapped from the line above.
    const wrapped = [
      line('1. Undang-Undang Nomor 29 Tahun 2014 (Lembaran Negara Nomor', 60, 100),
      line('267, Tambahan Lembaran Negara Nomor 5600)', 76, 110),
    ];
    expect(listItems(wrapped, 400)).toEqual([
      'Undang-Undang Nomor 29 Tahun 2014 (Lembaran Negara Nomor 267, Tambahan Lembaran Negara Nomor 5600)',
    ]);
  });

  it('keeps the unmarked lines opening a page as the end of the item broken there', () => {
    const before = enumeratedEnd(
      11,
      line('11. Peraturan Daerah Nomor 11 Tahun 2010 tentang', 60, 500),
    );
    const lines = [
      line('Pengelolaan Keuangan Daerah', 76, 60),
      line('12. Keputusan Bupati', 60, 70),
    ];
    const read = readList(lines, 400, before);
    expect(read.lead).toBe('Pengelolaan Keuangan Daerah');
    expect(read.items).toEqual(['Keputusan Bupati']);
    expect(read.end.count).toBe(12);
    // A page holding only the end of the broken item: still the lead, the list still numbered.
    const only = readList([line('Pengelolaan Keuangan Daerah', 76, 60)], 400, before);
    expect(only).toMatchObject({ lead: 'Pengelolaan Keuangan Daerah', items: [] });
    expect(only.end).toMatchObject({ enumerated: true, count: 11 });
    // Read on its own (no page before), the same lines start with an item of their own.
    expect(listItems(lines, 400)).toEqual(['Pengelolaan Keuangan Daerah', 'Keputusan Bupati']);
  });

  it('goes on with an unnumbered item when the last line before wrapped at the column edge', () => {
    const last = line('Jika SOP tidak dilaksanakan, maka pendataan tidak', 60, 500);
    const end: ListEnd = { enumerated: false, last, count: 1, edge: last.right + 5 };
    const next = [line('berjalan dengan baik', 60, 60)];
    expect(readList(next, end.edge, end)).toMatchObject({
      lead: 'berjalan dengan baik',
      items: [],
    });
    const roomy = { ...end, edge: last.right + 200 };
    expect(readList(next, roomy.edge, roomy)).toMatchObject({
      lead: '',
      items: ['berjalan dengan baik'],
    });
  });

  it('starts an item at a lone enumeration level with a line, unless centred on its paragraph', () => {
    const before = enumeratedEnd(8, line('Keputusan Bupati Nomor 8 Tahun 2007 tentang', 76, 500));
    const lines = [
      line('Pengelolaan Arsip', 76, 60),
      line('Dinamis', 76, 70.3),
      line('9.', 60, 80.6),
      line('Undang-Undang Nomor 9', 76, 80.6),
    ];
    expect(readList(lines, 400, before)).toMatchObject({
      lead: 'Pengelolaan Arsip Dinamis',
      items: ['Undang-Undang Nomor 9'],
    });
  });

  it('counts bare numbers on from the page before', () => {
    const before: ListEnd = { ...enumeratedEnd(11, line('11 Peraturan Daerah', 60, 500)) };
    const lines = [
      line('12 Peraturan Bupati Nomor 5', 60, 60),
      line('13 Keputusan Bupati', 60, 70),
    ];
    expect(readList(lines, 400, before).items).toEqual([
      'Peraturan Bupati Nomor 5',
      'Keputusan Bupati',
    ]);
  });
});

describe('goOnWith', () => {
  it('joins the lead to the last item of the open list (a broken word without its mark), then adds the items', () => {
    const identity = emptySop().identity;
    identity.legalBasis = [
      'Undang-Undang Nomor 1',
      `Peraturan Daerah Nomor 2 tentang Penge${BREAK_HYPHEN}`,
    ];
    const last = line(`2. Peraturan Daerah Nomor 2 tentang Penge${BREAK_HYPHEN}`, 60, 500);
    const open: OpenList[] = [
      {
        field: 'legalBasis',
        label: 'Dasar Hukum',
        left: 50,
        right: 400,
        end: enumeratedEnd(2, last),
      },
    ];
    const lines = [line('lolaan Arsip', 76, 60), line('3. Keputusan Bupati', 60, 70)];
    const end = goOnWith(identity, open, {
      field: 'legalBasis',
      label: 'Dasar Hukum',
      lines,
      edge: 400,
    });
    expect(identity.legalBasis).toEqual([
      'Undang-Undang Nomor 1',
      'Peraturan Daerah Nomor 2 tentang Pengelolaan Arsip',
      'Keputusan Bupati',
    ]);
    expect(end?.count).toBe(3);
    expect(
      goOnWith(identity, open, { field: 'records', label: 'Pencatatan', lines, edge: 400 }),
    ).toBeNull();
  });
});
