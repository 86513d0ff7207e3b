// The three real BPS Bengkulu PDFs (tests/fixtures/pdf-real, README there) import to the documents
// written by hand from their pages: the identity of page 1, each SOP in full (ids aside), the
// spill-over pages and signature notes skipped.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { readIdentityPage } from '../../../electron/services/pdf-import/recognise/identity';
import type { PdfPage } from '../../../electron/services/pdf-import/page';
import { describeWarning } from '../../../shared/import';
import type { Identity, SopDocument } from '../../../shared/model';
import { readPages } from '../pdf-read/make-pdf';

const dir = join(import.meta.dirname, '../../fixtures/pdf-real');
const expected = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
const pagesCache = new Map<string, Promise<PdfPage[]>>();
const pagesOf = (name: string): Promise<PdfPage[]> => {
  const cached = pagesCache.get(name) ?? readPages(new Uint8Array(readFileSync(join(dir, name))));
  pagesCache.set(name, cached);
  return cached;
};

/** The document with its executor and step ids renamed by position (`e1`, `s1` …). */
function withPositionalIds(doc: SopDocument): SopDocument {
  const executorIds = new Map(doc.executors.map((e, i) => [e.id, `e${i + 1}`]));
  const stepIds = new Map(doc.steps.map((s, i) => [s.id, `s${i + 1}`]));
  const step = (id: string | null): string | null => (id === null ? null : (stepIds.get(id) ?? id));
  return {
    ...doc,
    executors: doc.executors.map((e) => ({ ...e, id: executorIds.get(e.id) ?? e.id })),
    steps: doc.steps.map((s) => ({
      ...s,
      id: step(s.id) ?? s.id,
      executors: s.executors.map((id) => executorIds.get(id) ?? id),
      yes: step(s.yes),
      no: step(s.no),
    })),
  };
}

const PAYMENT = 'bps-bengkulu-pengajuan-pembayaran';

describe('real BPS Bengkulu PDFs: the identity page', () => {
  it.each([
    ['bps-bengkulu-polkam-21pages', 'bps-bengkulu-polkam-21pages.expected.sop.json'],
    ['bps-bengkulu-pengolahan-capi', 'bps-bengkulu-pengolahan-capi.expected.sop.json'],
  ])('%s: page 1 reads to the expected identity', async (pdf, file) => {
    const [first] = await pagesOf(`${pdf}.pdf`);
    const reading = readIdentityPage(first!);
    expect(reading?.identity).toEqual(expected<SopDocument>(file).identity);
  });

  it('pengajuan-pembayaran: page 1 reads to the identity the eight SOPs share', async () => {
    const [first] = await pagesOf(`${PAYMENT}.pdf`);
    const reading = readIdentityPage(first!);
    expect(reading?.identity).toEqual(expected<Identity>(`${PAYMENT}.identity.expected.json`));
    expect(reading?.recognised).toEqual([
      'Identitas dari halaman 1: Nomor SOP, Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif, Disahkan Oleh, Judul SOP, DASAR HUKUM, KUALIFIKASI PELAKSANA, KETERKAITAN, PERALATAN/PERLENGKAPAN, PERINGATAN. Label tanpa isi: PENCATATAN DAN PENDATAAN.',
    ]);
    // The BPS emblem is found and its place reported; its bytes are not read.
    expect(reading?.warnings.map(describeWarning)).toEqual([
      'Halaman 1, dekat (219, 45) pt: Logo (gambar 56 × 47 pt) tidak diambil dari PDF; pilih logo di Identitas.',
    ]);
  });

  it('no other page of the three PDFs reads as an identity', async () => {
    for (const pdf of ['bps-bengkulu-polkam-21pages', 'bps-bengkulu-pengolahan-capi', PAYMENT]) {
      const pages = await pagesOf(`${pdf}.pdf`);
      expect(pages.slice(1).map((page) => readIdentityPage(page))).toEqual(
        pages.slice(1).map(() => null),
      );
    }
  });
});

describe('real BPS Bengkulu PDFs: the whole import', () => {
  it('polkam: pages 2–21 (a stray line and the signature note) are skipped and reported', async () => {
    const result = recognisePages(await pagesOf('bps-bengkulu-polkam-21pages.pdf'));
    expect(result.sops).toHaveLength(1);
    expect(result.notes).toEqual(
      Array.from({ length: 20 }, (_, i) => ({
        kind: 'note',
        page: i + 2,
        at: null,
        message: 'Halaman ini tidak berisi identitas atau tabel diagram alir SOP; dilewati.',
      })),
    );
  });

  it.each([
    ['bps-bengkulu-polkam-21pages', 'bps-bengkulu-polkam-21pages.expected.sop.json'],
    ['bps-bengkulu-pengolahan-capi', 'bps-bengkulu-pengolahan-capi.expected.sop.json'],
  ])('%s: the imported SOP carries the identity of page 1', async (pdf, file) => {
    const result = recognisePages(await pagesOf(`${pdf}.pdf`));
    expect(result.sops[0]?.document.identity).toEqual(expected<SopDocument>(file).identity);
  });

  it('pengajuan-pembayaran: eight SOPs sharing the identity of page 1', async () => {
    const result = recognisePages(await pagesOf(`${PAYMENT}.pdf`));
    expect(result.sops).toHaveLength(8);
    const identity = expected<Identity>(`${PAYMENT}.identity.expected.json`);
    for (const sop of result.sops) {
      expect({ ...sop.document.identity, name: '', extraSections: [] }).toEqual({
        ...identity,
        name: '',
      });
    }
  });

  it.each([
    ['bps-bengkulu-polkam-21pages', 587, [[1]]],
    ['bps-bengkulu-pengolahan-capi', 587, [[1, 2, 3]]],
    [PAYMENT, 570, [2, 3, 4, 5, 6, 7, 8, 9].map((n) => [1, n])],
  ])(
    '%s: the signature note at the foot of every page read is skipped and reported with its place',
    async (pdf, y, pagesOfSops) => {
      const result = recognisePages(await pagesOf(`${pdf}.pdf`));
      if (pdf !== 'bps-bengkulu-polkam-21pages') expect(result.notes).toEqual([]);
      const skipped = result.sops.map((sop) =>
        sop.report.warnings.filter((w) => w.message.startsWith('Teks di kaki halaman')),
      );
      expect(skipped.map((warnings) => warnings.map((w) => w.page))).toEqual(pagesOfSops);
      for (const warning of skipped.flat()) {
        expect(warning.at && [Math.round(warning.at.x), Math.round(warning.at.y)]).toEqual([48, y]);
        expect(warning.message).toMatch(
          /^Teks di kaki halaman dan [12] gambar di sampingnya dilewati \(bukan bagian SOP\): "\* Dokumen ini telah ditandatangani/,
        );
      }
    },
  );

  it('pengajuan-pembayaran: the footnote under a table is reported as its extra section', async () => {
    const result = recognisePages(await pagesOf(`${PAYMENT}.pdf`));
    expect(
      result.sops.map((sop) => sop.report.recognised.filter((l) => l.startsWith('Catatan'))),
    ).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
        n === 2 || n === 4
          ? []
          : [`Catatan di bawah tabel (halaman ${n}): bagian "*) Kelengkapan dokumen pendukung".`],
      ),
    );
  });

  it('polkam imports to its expected document', async () => {
    const result = recognisePages(await pagesOf('bps-bengkulu-polkam-21pages.pdf'));
    expect(withPositionalIds(result.sops[0]!.document)).toEqual(
      expected('bps-bengkulu-polkam-21pages.expected.sop.json'),
    );
  });

  it('pengolahan-capi imports to its expected document', async () => {
    const result = recognisePages(await pagesOf('bps-bengkulu-pengolahan-capi.pdf'));
    expect(result.sops).toHaveLength(1);
    expect(withPositionalIds(result.sops[0]!.document)).toEqual(
      expected('bps-bengkulu-pengolahan-capi.expected.sop.json'),
    );
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'pengajuan-pembayaran SOP %i imports to its expected document',
    async (n) => {
      const result = recognisePages(await pagesOf(`${PAYMENT}.pdf`));
      expect(withPositionalIds(result.sops[n - 1]!.document)).toEqual(
        expected(`${PAYMENT}.${n}.expected.sop.json`),
      );
    },
  );
});
