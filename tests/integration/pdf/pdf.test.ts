// PDF export read back with poppler: page size and orientation per paper, the embedded Arimo fonts,
// every printed text present, the metadata title, and hostile documents still printing.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderBookPdf, renderSopPdf } from '../../../electron/services/pdf';
import { PAPER_SIZES, parseSopJson, type SopDocument } from '../../../shared/model';
import { syntheticSop } from '../../unit/layout/synthetic';
import { pdfFontList, pdfInfo, pdfText, writeTemp } from './poppler';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.sop.json'));
const load = (file: string): SopDocument =>
  parseSopJson(readFileSync(join(corpusDir, file), 'utf8'));

/** Words of a text as pdftotext prints them (hyphen-free tokens of letters and digits). */
const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

describe('SOP PDF', () => {
  it('prints every paper landscape at its size', async () => {
    const doc = load('13-menyusun-spm-ikm-sop-kesertaan-kb.sop.json');
    for (const paper of ['A4', 'F4', 'Legal'] as const) {
      const info = pdfInfo(writeTemp(await renderSopPdf(doc, { paper })));
      expect(info.width).toBeCloseTo(PAPER_SIZES[paper].width, 0);
      expect(info.height).toBeCloseTo(PAPER_SIZES[paper].height, 0);
      expect(info.width).toBeGreaterThan(info.height);
    }
  });

  it('A4 is 297 × 210 mm, F4 330 × 215 mm, Legal 356 × 216 mm', () => {
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    expect([mm(PAPER_SIZES.A4.width), mm(PAPER_SIZES.A4.height)]).toEqual([297, 210]);
    expect([mm(PAPER_SIZES.F4.width), mm(PAPER_SIZES.F4.height)]).toEqual([330, 215]);
    expect([mm(PAPER_SIZES.Legal.width), mm(PAPER_SIZES.Legal.height)]).toEqual([356, 216]);
  });

  it('embeds Arimo regular and bold and nothing else', async () => {
    const path = writeTemp(await renderSopPdf(load('01-pembinaan-kelana-katingan.sop.json')));
    const fonts = pdfFontList(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]+\+/, '')).sort()).toEqual([
      'Arimo-Bold',
      'Arimo-Regular',
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('sets the title metadata to the SOP name and numbers the pages', async () => {
    const doc = load('01-pembinaan-kelana-katingan.sop.json');
    const path = writeTemp(await renderSopPdf(doc));
    const info = pdfInfo(path);
    expect(info.title).toBe(doc.identity.name);
    expect(pdfText(path, 1)).toContain(`Halaman 1 dari ${info.pages}`);
    expect(pdfText(path, info.pages)).toContain(`Halaman ${info.pages} dari ${info.pages}`);
  });

  it('prints the identity page with the approval block and the NIP in groups', async () => {
    const doc = load('01-pembinaan-kelana-katingan.sop.json');
    const text = pdfText(writeTemp(await renderSopPdf(doc)), 1);
    for (const label of [
      'Nomor SOP',
      'Tanggal Pembuatan',
      'Tanggal Revisi',
      'Tanggal Efektif',
      'Disahkan oleh',
    ]) {
      expect(text).toContain(label);
    }
    for (const label of [
      'Dasar Hukum',
      'Kualifikasi Pelaksana',
      'Keterkaitan',
      'Peringatan',
      'Pencatatan dan Pendataan',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('NIP. 19620603 198503 1 016');
    expect(text).toContain('RENTAS, SH');
    expect(text).toContain('PEMERINTAH KABUPATEN KATINGAN');
  });

  it(
    'prints every word of every step, executor and identity list for the whole corpus',
    { timeout: 120_000 },
    async () => {
      for (const file of corpusFiles) {
        const doc = load(file);
        // A word too long for its column is broken between lines (with U+2010 at the break), so
        // look for it in the text without spaces and break marks.
        const printed = pdfText(writeTemp(await renderSopPdf(doc), 'corpus'))
          .replace(/\u2010\s/g, '')
          .replace(/\s+/g, '');
        const expected = [
          doc.identity.name,
          ...doc.identity.legalBasis,
          ...doc.identity.records,
          ...doc.executors.map((e) => e.name),
          ...doc.steps.flatMap((s) => [s.activity, s.requirements, s.time, s.output, s.notes]),
        ].flatMap(words);
        const missing = expected.filter((w) => !printed.includes(w));
        expect(missing, file).toEqual([]);
      }
    },
  );

  it('prints the legend, the narrative table and the Paraf Koordinasi box when asked', async () => {
    const doc = load('70-lomba-perempuan-inspiratif-bekasi.sop.json');
    doc.print.legend = true;
    doc.print.narrativeTable = true;
    const path = writeTemp(await renderSopPdf(doc));
    const text = pdfText(path);
    expect(text).toContain('Simbol belah ketupat');
    expect(text).toContain('PENANGGUNG JAWAB');
    const pages = pdfInfo(path).pages;
    for (let page = 1; page <= pages; page++)
      expect(pdfText(path, page)).toContain('Paraf Koordinasi');
  });

  it('prints a logo image', async () => {
    const doc = load('02-jambore-imp.sop.json');
    const png = new PNG({ width: 8, height: 8 });
    png.data.fill(200);
    doc.identity.logo = { mime: 'image/png', data: PNG.sync.write(png).toString('base64') };
    const withLogo = await renderSopPdf(doc);
    doc.identity.logo = null;
    const without = await renderSopPdf(doc);
    expect(Buffer.from(withLogo).includes('/Subtype /Image')).toBe(true);
    expect(Buffer.from(without).includes('/Subtype /Image')).toBe(false);
  });

  it('prints hostile text: control characters, characters the font lacks, huge words', async () => {
    const doc = syntheticSop({ steps: 5, executors: 3 });
    doc.identity.name = 'Uji <b>&amp; "kutip"</b> \u0000\u0007 ✓ 😀 مرحبا';
    doc.steps[1]!.activity = 'X'.repeat(5000);
    doc.steps[2]!.activity = 'Baris\r\nbaru\tdan\ttab';
    const path = writeTemp(await renderSopPdf(doc));
    const text = pdfText(path);
    expect(text).toContain('Baris baru dan tab');
    expect(text).toContain('XXXXXXXXXX');
    expect(pdfInfo(path).pages).toBeGreaterThan(1);
  });

  it('prints a document with no steps and no executors', async () => {
    const doc = syntheticSop({ steps: 1, executors: 1 });
    doc.steps = [];
    doc.executors = [];
    const path = writeTemp(await renderSopPdf(doc));
    expect(pdfText(path)).toContain('Kegiatan');
  });
});

describe('SOP book PDF', () => {
  it('has a cover, contents with page numbers and LAMPIRAN headings in roman numerals', async () => {
    const docs = corpusFiles.slice(0, 4).map(load);
    const path = writeTemp(
      await renderBookPdf(docs, {
        cover: true,
        year: '2024',
        decree: 'KEPUTUSAN KEPALA DINAS CONTOH NOMOR 1 TAHUN 2024',
        place: 'Kasongan',
        date: '2 Januari 2024',
      }),
    );
    const info = pdfInfo(path);
    expect(pdfText(path, 1)).toContain('TAHUN 2024');
    const contents = pdfText(path, 2, 'reading');
    expect(contents).toContain('DAFTAR ISI');
    // Each contents row names the page where its LAMPIRAN starts; check that page says so.
    const numerals = ['I', 'II', 'III', 'IV'];
    docs.forEach((doc, i) => {
      const from = contents.indexOf(`LAMPIRAN ${numerals[i]} `);
      const to =
        i + 1 < docs.length
          ? contents.indexOf(`LAMPIRAN ${numerals[i + 1]} `)
          : contents.indexOf('Halaman');
      const start = Number(/(\d+) $/.exec(contents.slice(from, to))?.[1]);
      expect(start).toBeGreaterThan(2);
      const page = pdfText(path, start);
      expect(page).toContain(`LAMPIRAN ${numerals[i]} `);
      expect(page).toContain('KEPUTUSAN KEPALA DINAS CONTOH NOMOR 1 TAHUN 2024');
      expect(page).toContain(doc.identity.name.split(' ')[0]);
    });
    const all = pdfText(path);
    expect(all.split('Ditetapkan di Kasongan').length - 1).toBe(docs.length);
    expect(all).toContain(`Halaman ${info.pages} dari ${info.pages}`);
  });

  it('leaves the cover out unless asked', async () => {
    const path = writeTemp(await renderBookPdf([load('02-jambore-imp.sop.json')]));
    expect(pdfText(path, 1)).toContain('DAFTAR ISI');
  });
});
