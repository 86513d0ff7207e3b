// The DRAF mark read back: on every page of a printed draft and on no page of
// the approved print, in the PDF (one SOP, a book, `sop pdf --draf`, the pdf:export channel) and
// in the page header of every sheet of the Excel export.

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { renderBookPdf, renderSopPdf } from '../../../electron/services/pdf';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { parseSopJson, type SopDocument } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { all, parts } from '../xlsx-export/helpers';
import { pdfInfo, pdfText, writeTemp } from './poppler';

const SOPS = path.resolve('tests/fixtures/sops');
const file = (name: string) => path.join(SOPS, `${name}.sop.json`);
const load = (name: string): SopDocument => parseSopJson(readFileSync(file(name), 'utf8'));
const KELANA = '01-pembinaan-kelana-katingan';
const JAMBORE = '02-jambore-imp';

/** The text of every page of a PDF file, page 1 first. */
function pageTexts(pdf: string): string[] {
  const { pages } = pdfInfo(pdf);
  return Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
}

const hasDraftWord = (text: string) => /(^|[^\p{L}])DRAF([^\p{L}]|$)/u.test(text);

describe('the DRAF mark', () => {
  it('is on every page of a draft and names the approved revision it changes', async () => {
    const doc = load(KELANA);
    const pages = pageTexts(writeTemp(await renderSopPdf(doc, { draftMark: { basedOn: 2 } })));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) {
      expect(hasDraftWord(text)).toBe(true);
      expect(text).toContain('Perubahan atas revisi 2 (disahkan); belum disahkan');
    }
  });

  it('is on no page of the approved print', async () => {
    const pages = pageTexts(writeTemp(await renderSopPdf(load(KELANA))));
    expect(pages.some(hasDraftWord)).toBe(false);
  });

  it('marks only the drafts of a book, on each of their pages', async () => {
    const docs = [load(KELANA), load(JAMBORE)];
    const marked = await renderBookPdf(docs, { draftMarks: [null, { basedOn: 1 }] });
    const pages = pageTexts(writeTemp(marked));
    // Page 1 lists the contents; the second SOP starts where its heading is printed.
    const jambore = pages.findIndex((text, i) => i > 0 && text.includes('LAMPIRAN II'));
    expect(jambore).toBeGreaterThan(0);
    // The contents and the first SOP are not drafts; every page of the second one is.
    expect(pages.slice(0, jambore).some(hasDraftWord)).toBe(false);
    expect(pages.slice(jambore).every(hasDraftWord)).toBe(true);
  });

  it('sop pdf --draf marks every page "belum disahkan"; without it no page', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sop-draf-'));
    const draft = path.join(dir, 'draf.pdf');
    const plain = path.join(dir, 'biasa.pdf');
    expect(runSop(['pdf', file(KELANA), '-o', draft, '--draf']).code).toBe(0);
    expect(runSop(['pdf', file(KELANA), '-o', plain]).code).toBe(0);
    const pages = pageTexts(draft);
    expect(pages.every((text) => hasDraftWord(text) && text.includes('Belum disahkan'))).toBe(true);
    expect(pageTexts(plain).some(hasDraftWord)).toBe(false);
  });

  it('pdf:export takes the mark as an option and refuses a malformed one', async () => {
    const handlers = createApiHandlers({
      appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
      resourcesDir: path.resolve('resources'),
    });
    const call = (...args: unknown[]) => dispatch(handlers, 'pdf:export', args, () => {});
    const doc = load(JAMBORE);
    const answer = await call(doc, { draftMark: { basedOn: 3 } });
    expect(answer.ok).toBe(true);
    const pages = pageTexts(writeTemp(answer.ok ? (answer.value as Uint8Array) : new Uint8Array()));
    expect(pages.every((text) => text.includes('Perubahan atas revisi 3'))).toBe(true);
    expect(await call(doc, { draftMark: { basedOn: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await call(doc, { draftMark: 'DRAF' })).toMatchObject({ ok: false });
  });

  it('is the page header of every sheet of a draft in the Excel export', async () => {
    const files = parts(
      await exportWorkbook([
        { document: load(KELANA), draftMark: { basedOn: 2 } },
        { document: load(JAMBORE) },
      ]),
    );
    const header = (sheet: number) =>
      all(
        files.get(`xl/worksheets/sheet${sheet}.xml`) ?? '',
        /<oddHeader>([^<]*)<\/oddHeader>/,
      ).map((xml) => xml.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    // Sheet 1 is the register; 2 and 3 the marked SOP; 4 and 5 the other one.
    expect(header(1)).toEqual([]);
    for (const sheet of [2, 3]) {
      expect(header(sheet)).toEqual([
        '&R&"Arial,Bold"&11DRAF — Perubahan atas revisi 2 (disahkan); belum disahkan',
      ]);
    }
    expect([...header(4), ...header(5)]).toEqual([]);
  });
});
