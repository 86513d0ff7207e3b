// `sop pdf` and `sop book` as subprocesses, and the pdf:* API channels through the dispatcher.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { parseSopJson } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { pdfInfo, pdfText } from './poppler';

const SOPS = path.resolve('tests/fixtures/sops');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-pdf-cli-'));
const sop = (name: string) => path.join(SOPS, name);

describe('sop pdf', () => {
  it('writes a PDF of the chosen paper, exit 0', () => {
    const out = path.join(tmp, 'kelana.pdf');
    const result = runSop([
      'pdf',
      sop('01-pembinaan-kelana-katingan.sop.json'),
      '-o',
      out,
      '--paper',
      'Legal',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PDF ditulis');
    const info = pdfInfo(out);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([1008, 612]);
    expect(info.title).toBe('Pembinaan KELANA');
  });

  it('uses the paper of the document when none is given', () => {
    const out = path.join(tmp, 'default.pdf');
    expect(runSop(['pdf', sop('02-jambore-imp.sop.json'), '-o', out]).code).toBe(0);
    expect(Math.round(pdfInfo(out).width)).toBe(935);
  });

  it('prints the SOPs of an Excel workbook, with the import report on stderr', () => {
    const real = path.resolve('tests/fixtures/real');
    const one = path.join(tmp, 'verifikasi.pdf');
    const single = runSop(['pdf', path.join(real, 'basarnas-verifikasi-berita.xlsx'), '-o', one]);
    expect(single.code).toBe(0);
    const expected = parseSopJson(
      readFileSync(path.join(real, 'basarnas-verifikasi-berita.expected.sop.json'), 'utf8'),
    );
    expect(pdfInfo(one).title).toBe(expected.identity.name);
    expect(pdfText(one)).toContain(expected.steps[0]?.activity.split('\n')[0]?.slice(0, 30));
    const two = path.join(tmp, 'bencana.pdf');
    const both = runSop([
      'pdf',
      path.join(real, 'basarnas-penanganan-informasi-bencana.xlsx'),
      '-o',
      two,
    ]);
    expect(both.code).toBe(0);
    expect(both.stderr).toContain(
      'Lembar "SOP LENGKAP", sel B12: Nomor langkah 8 sesudah 6; langkah dinomori ulang',
    );
    // Two SOPs in one workbook print as one book, a LAMPIRAN per SOP.
    const contents = pdfText(two, 1);
    for (const [numeral, sheet] of [
      ['I', 'sheet1'],
      ['II', 'sheet2'],
    ] as const) {
      const name = parseSopJson(
        readFileSync(
          path.join(real, `basarnas-penanganan-informasi-bencana.${sheet}.expected.sop.json`),
          'utf8',
        ),
      ).identity.name;
      expect(contents).toContain(`LAMPIRAN ${numeral} ${name}`);
    }
  });

  it('exits 1 with an Indonesian message on a missing or broken input', () => {
    const missing = runSop(['pdf', path.join(tmp, 'nope.sop.json'), '-o', path.join(tmp, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak dapat dibaca');
    const broken = path.join(tmp, 'broken.sop.json');
    writeFileSync(broken, '{"format": "sop-ap", "version": 1, "identity": {');
    const result = runSop(['pdf', broken, '-o', path.join(tmp, 'y.pdf')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bukan JSON yang sah');
  });

  it('exits 1 when the output cannot be written', () => {
    const result = runSop([
      'pdf',
      sop('02-jambore-imp.sop.json'),
      '-o',
      path.join(tmp, 'no-dir', 'x.pdf'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tidak dapat ditulis');
  });

  it('exits 2 on usage errors: no output, unknown paper, no input', () => {
    expect(runSop(['pdf', sop('02-jambore-imp.sop.json')]).code).toBe(2);
    const paper = runSop([
      'pdf',
      sop('02-jambore-imp.sop.json'),
      '-o',
      path.join(tmp, 'z.pdf'),
      '--paper',
      'A3',
    ]);
    expect(paper.code).toBe(2);
    expect(paper.stderr).toContain('A4, F4 atau Legal');
    expect(runSop(['pdf', '-o', path.join(tmp, 'z.pdf')]).code).toBe(2);
  });
});

describe('sop book', () => {
  it('binds several SOPs with a cover, exit 0', () => {
    const out = path.join(tmp, 'book.pdf');
    const inputs = ['01-pembinaan-kelana-katingan.sop.json', '02-jambore-imp.sop.json'].map(sop);
    const result = runSop([
      'book',
      ...inputs,
      '-o',
      out,
      '--cover',
      '--year',
      '2024',
      '--decree',
      'KEPUTUSAN UJI',
    ]);
    expect(result.code).toBe(0);
    expect(pdfText(out, 1)).toContain('TAHUN 2024');
    const text = pdfText(out);
    expect(text).toContain('LAMPIRAN I ');
    expect(text).toContain('LAMPIRAN II ');
    expect(text).toContain('KEPUTUSAN UJI');
  });

  it('exits 1 naming the unreadable input, 2 without inputs', () => {
    const bad = runSop([
      'book',
      sop('02-jambore-imp.sop.json'),
      path.join(tmp, 'gone.sop.json'),
      '-o',
      path.join(tmp, 'b.pdf'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('gone.sop.json');
    expect(runSop(['book', '-o', path.join(tmp, 'b.pdf')]).code).toBe(2);
  });
});

describe('pdf API channels', () => {
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: '0', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
  });
  const doc = parseSopJson(readFileSync(sop('02-jambore-imp.sop.json'), 'utf8'));

  it('pdf:export returns the PDF bytes of a document', async () => {
    const response = await dispatch(handlers, 'pdf:export', [doc, { paper: 'A4' }]);
    expect(response.ok).toBe(true);
    const bytes = response.ok ? (response.value as Uint8Array) : new Uint8Array();
    const file = path.join(tmp, 'api.pdf');
    writeFileSync(file, bytes);
    const info = pdfInfo(file);
    expect(Math.round(info.width)).toBe(842);
    expect(info.title).toBe(doc.identity.name);
    expect(pdfText(file)).toContain(doc.steps[0]?.activity);
  });

  it('pdf:book returns one PDF for several documents', async () => {
    const response = await dispatch(handlers, 'pdf:book', [[doc, doc], { cover: true }]);
    expect(response.ok).toBe(true);
    const file = path.join(tmp, 'api-book.pdf');
    writeFileSync(file, response.ok ? (response.value as Uint8Array) : new Uint8Array());
    expect(pdfText(file, 1)).toContain('STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN');
    const contents = pdfText(file, 2);
    expect(contents).toContain('DAFTAR ISI');
    expect(contents).toContain(`LAMPIRAN I ${doc.identity.name}`);
    expect(contents).toContain(`LAMPIRAN II ${doc.identity.name}`);
  });

  it('refuses invalid arguments', async () => {
    const logs: string[] = [];
    const wrongPaper = await dispatch(handlers, 'pdf:export', [doc, { paper: 'A3' }], (l) =>
      logs.push(l),
    );
    expect(wrongPaper).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const noDocs = await dispatch(handlers, 'pdf:book', [[]], (l) => logs.push(l));
    expect(noDocs).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(logs.length).toBe(2);
  });
});
