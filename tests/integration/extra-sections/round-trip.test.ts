// Extra identity sections, whatever their label, come back exactly from this app's own Excel
// export and from its PDF printed without the attached source: a bureau sends back our workbook,
// an office has only our PDF. The other lists must not take their items either.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson, type Identity, type SopDocument } from '../../../shared/model';
import { renderSopPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { readPrint } from '../pdf-read/make-pdf';
import { random, randomSections } from './generate';

const SEED = 20_261_205;
const CASES = 12;
const BASE = path.resolve(
  import.meta.dirname,
  '../../../tests/fixtures/sops/03-pembentukan-poktan.sop.json',
);
const PAPERS = ['A4', 'F4', 'Legal'] as const;

function withSections(sections: Identity['extraSections']): SopDocument {
  const doc = parseSopJson(readFileSync(BASE, 'utf8'));
  doc.identity.extraSections = sections;
  return doc;
}

/** The identity lists the extra sections could leak into, and the sections themselves. */
function lists(identity: Identity) {
  const { legalBasis, qualifications, relatedSops, equipment, warnings, records } = identity;
  const extraSections = identity.extraSections;
  return { legalBasis, qualifications, relatedSops, equipment, warnings, records, extraSections };
}

const COLLEAGUE_CASE = withSections([
  { label: 'Kebijakan', items: ['Pelayanan tanpa biaya', 'Berkas lengkap diproses hari itu'] },
  { label: 'Sasaran Mutu', items: ['Seluruh usulan diproses tepat waktu'] },
  { label: 'Prinsip Pelayanan', items: ['Sederhana', 'Jelas', 'Tepat waktu'] },
  { label: 'Tujuan', items: ['Membentuk kelompok tani yang mandiri'] },
]);

/** A section longer than the page's room goes on under its label and `(lanjutan)`. */
const LONG_SECTION = withSections([
  { label: 'Standar Pelayanan', items: ['Persyaratan lengkap'] },
  {
    label: 'Prinsip Pelayanan',
    items: Array.from({ length: 40 }, (_, i) => `Prinsip pelayanan nomor ${i + 1}`),
  },
  { label: 'Sasaran Mutu', items: ['Selesai dalam satu hari'] },
]);

function generated(): SopDocument[] {
  const r = random(SEED);
  return Array.from({ length: CASES }, () => withSections(randomSections(r)));
}

async function viaWorkbook(doc: SopDocument): Promise<Identity> {
  const result = await importWorkbook(await exportWorkbook([{ document: doc }]));
  expect(result.sops).toHaveLength(1);
  return result.sops[0]!.document.identity;
}

async function viaPdf(doc: SopDocument, paper: (typeof PAPERS)[number]): Promise<Identity> {
  const bytes = await renderSopPdf(doc, { paper }, { source: false });
  const { pages, producer } = await readPrint(bytes);
  const result = recognisePages(pages, producer);
  expect(result.sops).toHaveLength(1);
  return result.sops[0]!.document.identity;
}

describe('extra identity sections round trip', () => {
  it('keeps sections with unknown labels through the Excel export', async () => {
    const identity = await viaWorkbook(COLLEAGUE_CASE);
    expect(lists(identity)).toEqual(lists(COLLEAGUE_CASE.identity));
  });

  it.each(PAPERS)('keeps sections with unknown labels through the PDF on %s', async (paper) => {
    const identity = await viaPdf(COLLEAGUE_CASE, paper);
    expect(lists(identity)).toEqual(lists(COLLEAGUE_CASE.identity));
  });

  it('keeps a section continued on the next page of the PDF', async () => {
    const identity = await viaPdf(LONG_SECTION, 'A4');
    expect(lists(identity)).toEqual(lists(LONG_SECTION.identity));
  });

  it('keeps generated sections through the Excel export', async () => {
    for (const [i, doc] of generated().entries()) {
      const identity = await viaWorkbook(doc);
      expect(lists(identity), `case ${i}`).toEqual(lists(doc.identity));
    }
  });

  it('keeps generated sections through the PDF on A4, F4 and Legal', async () => {
    for (const [i, doc] of generated().entries()) {
      const paper = PAPERS[i % PAPERS.length]!;
      const identity = await viaPdf(doc, paper);
      expect(lists(identity), `case ${i} on ${paper}`).toEqual(lists(doc.identity));
    }
  });
});
