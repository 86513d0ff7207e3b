// Long identity lists printed by this app without the attached source read back whole: every
// item, in order, exactly, however the print cuts them over pages (docs/format.md §9.5).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { parseSopJson, type Paper, type SopDocument } from '../../../shared/model';
import { comparable } from './compare';
import { readPrint } from './make-pdf';
import { asPrinted } from './print-losses';

const FILE = '01-pembinaan-kelana-katingan.sop.json';
const source = parseSopJson(
  readFileSync(join(import.meta.dirname, '../../fixtures/sops', FILE), 'utf8'),
);

async function readBack(doc: SopDocument, paper: Paper): Promise<SopDocument> {
  const bytes = await renderSopPdf(doc, { paper }, { source: false });
  const { pages, producer } = await readPrint(bytes);
  const { sops } = recognisePages(pages, producer);
  expect(sops).toHaveLength(1);
  return sops[0]!.document;
}

const WORDS =
  'peraturan pemerintah tentang pelaksanaan anggaran daerah kabupaten nomor tahun pengelolaan keuangan negara'.split(
    ' ',
  );

function item(index: number, words: number): string {
  const text = Array.from({ length: words }, (_, k) => WORDS[(index * 7 + k * 3) % WORDS.length]);
  return `Peraturan ${index + 1} ${text.join(' ')}`;
}

function withLegalBasis(count: number, words: number): SopDocument {
  const doc = structuredClone(source);
  doc.identity.legalBasis = Array.from({ length: count }, (_, i) => item(i, words));
  return doc;
}

describe('long identity lists', () => {
  it.each([
    [200, 3, 'A4'],
    [120, 30, 'F4'],
  ] as const)('%i items of %i words on %s', async (count, words, paper) => {
    const doc = withLegalBasis(count, words);
    const read = await readBack(doc, paper);
    expect(read.identity.legalBasis).toEqual(doc.identity.legalBasis);
    expect(comparable(read)).toEqual(comparable(asPrinted(FILE, paper, doc)));
  });
});
