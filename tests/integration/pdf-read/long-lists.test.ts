// Long identity lists printed by this app without the attached source read back whole: every
// item, in order, exactly, however the print cuts them over pages and columns (docs/format.md
// §9.5). Lists within the document limit (MAX_LIST_ITEMS), short and wrapping items, several lists
// long at once, on every paper.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import {
  IDENTITY_LIST_FIELDS,
  parseSopJson,
  type IdentityListField,
  type Paper,
  type SopDocument,
} from '../../../shared/model';
import { comparable } from './compare';
import { readPrint } from './make-pdf';
import { asPrinted } from './print-losses';

const FILE = '01-pembinaan-kelana-katingan.sop.json';
const source = parseSopJson(
  readFileSync(join(import.meta.dirname, '../../fixtures/sops', FILE), 'utf8'),
);

const PAPERS: readonly Paper[] = ['A4', 'F4', 'Legal'];
const LENGTHS = [20, 50, 120, MAX_LIST_ITEMS] as const;
type ItemLength = 'short' | 'long' | 'mixed';
const ITEM_LENGTHS: readonly ItemLength[] = ['short', 'long', 'mixed'];

// Plain words for the generated items; a line holding only a label word is tested on its own below.
const WORDS = (
  'penyelenggaraan pemerintahan daerah pengelolaan keuangan negara pembinaan pengawasan ' +
  'pelayanan publik aparatur sipil kependudukan Undang-Undang pendaftaran sipil perubahan atas ' +
  'pelaksanaan anggaran pendapatan belanja kabupaten provinsi standar operasional prosedur ' +
  'administrasi pemerintahan kearsipan perencanaan pembangunan nasional tata naskah dinas'
).split(' ');
const KINDS = ['Undang-Undang', 'Peraturan Pemerintah', 'Peraturan Daerah', 'Keputusan Bupati'];

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An item like a real one: a regulation with its number and year, then words; long ones wrap. */
function item(next: () => number, length: ItemLength, index: number): string {
  const long = length === 'long' || (length === 'mixed' && next() < 0.4);
  const count = long ? 25 + Math.floor(next() * 30) : 1 + Math.floor(next() * 4);
  const words = Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const kind = KINDS[index % KINDS.length];
  return `${kind} Nomor ${index + 1} Tahun ${2000 + (index % 24)} tentang ${words.join(' ')}`;
}

type Case = { paper: Paper; lists: Partial<Record<IdentityListField, [number, ItemLength]>> };

/**
 * Every paper × list length × item length: the long list in a field taken in turn (left and right
 * columns, every pair), with a second list long beside or below it.
 */
function cases(): Case[] {
  const all: Case[] = [];
  PAPERS.forEach((paper, p) => {
    LENGTHS.forEach((length, l) => {
      const k = p * LENGTHS.length + l;
      const field = IDENTITY_LIST_FIELDS[k % IDENTITY_LIST_FIELDS.length]!;
      const other = IDENTITY_LIST_FIELDS[(k + 1 + (k % 4)) % IDENTITY_LIST_FIELDS.length]!;
      const itemLength = ITEM_LENGTHS[k % ITEM_LENGTHS.length]!;
      const beside = LENGTHS[(l + p + 1) % LENGTHS.length]!;
      all.push({ paper, lists: { [other]: [beside, 'mixed'], [field]: [length, itemLength] } });
    });
  });
  return all;
}

function documentOf(test: Case, seed: number): SopDocument {
  const next = random(seed);
  const doc = structuredClone(source);
  for (const [field, [count, length]] of Object.entries(test.lists)) {
    doc.identity[field as IdentityListField] = Array.from({ length: count }, (_, i) =>
      item(next, length, i),
    );
  }
  return doc;
}

async function readBack(doc: SopDocument, paper: Paper): Promise<SopDocument> {
  const bytes = await renderSopPdf(doc, { paper }, { source: false });
  const { pages, producer } = await readPrint(bytes);
  const { sops } = recognisePages(pages, producer);
  expect(sops).toHaveLength(1);
  return sops[0]!.document;
}

describe('long identity lists read back whole from the app print', () => {
  it('reads 200 Dasar Hukum items numbered past 99 (the colleague report, within the limit)', async () => {
    const doc = structuredClone(source);
    doc.identity.legalBasis = Array.from(
      { length: MAX_LIST_ITEMS },
      (_, i) => `Peraturan ${i + 1}`,
    );
    const read = await readBack(doc, 'A4');
    expect(read.identity.legalBasis).toEqual(doc.identity.legalBasis);
  });

  it('reads all 260 items of a list over the limit, imports the first 200 and says so', async () => {
    const doc = structuredClone(source);
    doc.identity.legalBasis = Array.from({ length: 260 }, (_, i) => `Peraturan ${i + 1}`);
    const bytes = await renderSopPdf(doc, { paper: 'A4' }, { source: false });
    const { pages, producer } = await readPrint(bytes);
    const [sop] = recognisePages(pages, producer).sops;
    expect(sop?.document.identity.legalBasis).toEqual(
      doc.identity.legalBasis.slice(0, MAX_LIST_ITEMS),
    );
    const cut = sop?.report.warnings.map((w) => w.message).filter((m) => m.includes('260 butir'));
    expect(cut).toHaveLength(1);
  });

  it('joins an item the print breaks between two pages', async () => {
    const next = random(7);
    const doc = structuredClone(source);
    doc.identity.legalBasis = Array.from({ length: 120 }, (_, i) => item(next, 'long', i));
    const read = await readBack(doc, 'F4');
    expect(read.identity.legalBasis).toEqual(doc.identity.legalBasis);
  });

  it('reads one item as long as the text limit, unnumbered, across pages', async () => {
    const next = random(11);
    const doc = structuredClone(source);
    const words: string[] = [];
    while ([...words, 'penyelenggaraan'].join(' ').length <= MAX_TEXT_LENGTH) {
      words.push(WORDS[Math.floor(next() * WORDS.length)]!);
    }
    doc.identity.warnings = [words.join(' ')];
    const read = await readBack(doc, 'A4');
    expect(read.identity.warnings).toEqual(doc.identity.warnings);
  });

  it('keeps an item line that holds only a label word (Pencatatan) in its item', async () => {
    const doc = structuredClone(source);
    // Typed breaks put each label word alone on a line of its item, where no label stands.
    doc.identity.legalBasis = [
      'Peraturan Bupati Nomor 3 Tahun 2020 tentang Tata Cara\nPencatatan',
      'Peraturan Bupati Nomor 4 Tahun 2021 tentang\nPeringatan',
      'Peraturan Daerah Nomor 5 Tahun 2019 tentang Kependudukan',
    ];
    doc.identity.equipment = ['Komputer dan printer untuk\nKeterkaitan', 'Alat tulis kantor'];
    const read = await readBack(doc, 'A4');
    // An identity list item's line break prints as a wrap; every item and its words come back.
    const asWrapped = (items: string[]) => items.map((text) => text.replace(/\n/g, ' '));
    expect(read.identity.legalBasis).toEqual(asWrapped(doc.identity.legalBasis));
    expect(read.identity.equipment).toEqual(asWrapped(doc.identity.equipment));
    expect(read.identity.records).toEqual(doc.identity.records);
    expect(read.identity.extraSections).toEqual(doc.identity.extraSections);
  });

  it.each(cases().map((test, i) => [i + 1, test] as const))('case %i: %o', async (seed, test) => {
    const doc = documentOf(test, seed);
    const read = await readBack(doc, test.paper);
    for (const field of IDENTITY_LIST_FIELDS) {
      expect(read.identity[field], field).toEqual(doc.identity[field]);
    }
    expect(comparable(read)).toEqual(comparable(asPrinted(FILE, test.paper, doc)));
  });
});
