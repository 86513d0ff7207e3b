// PDFs that cannot be imported end in a SopError with a clear Indonesian message, no stack: not a
// PDF, encrypted, a broken cross-reference table, truncated, JavaScript, 1,000 pages, scanned. The
// CLI prints the message and exits 1, and `sop library import` stores nothing.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { importPdf } from '../../../electron/services/pdf-import/import';
import { openPdf } from '../../../electron/services/pdf-import/open';
import { SopError } from '../../../shared/errors';
import { runSop } from '../../support/run-cli';
import {
  brokenXref,
  corpusDoc,
  encryptedPdf,
  pagesPdf,
  scannedPdf,
  scriptedFieldPdf,
  scriptedPdf,
  shiftedXref,
  truncated,
} from './bad-pdfs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-pdf-bad-'));

async function failure(bytes: Uint8Array): Promise<SopError> {
  try {
    await importPdf(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(SopError);
    return error as SopError;
  }
  throw new Error('import succeeded');
}

let ours: Uint8Array = new Uint8Array();

beforeAll(async () => {
  ours = await renderSopPdf(corpusDoc());
});

const CASES: Array<{ name: string; make: () => Promise<Uint8Array>; message: RegExp }> = [
  {
    name: 'not a PDF',
    make: () => Promise.resolve(new TextEncoder().encode('Ini bukan PDF, hanya teks.')),
    message: /Berkas ini bukan PDF \(tidak diawali tanda %PDF\)/,
  },
  { name: 'encrypted', make: encryptedPdf, message: /dilindungi kata sandi/ },
  {
    name: 'broken cross-reference table',
    make: () => Promise.resolve(brokenXref(ours)),
    message: /PDF ini rusak atau terpotong/,
  },
  {
    name: 'truncated',
    make: () => Promise.resolve(truncated(ours, 0.5)),
    message: /PDF ini rusak atau terpotong/,
  },
  { name: 'JavaScript', make: scriptedPdf, message: /berisi JavaScript.*Demi keamanan/ },
  {
    name: 'JavaScript in a form field',
    make: () => Promise.resolve(scriptedFieldPdf()),
    message: /berisi JavaScript.*Demi keamanan/,
  },
  {
    name: '1,000 pages',
    make: () => pagesPdf(1000),
    message: /memiliki 1\.000 halaman; paling banyak 500/,
  },
  {
    name: 'scanned',
    make: scannedPdf,
    message: /PDF ini hasil pindaian \(gambar tanpa teks\).*Gunakan Impor Excel .* ketik ulang/,
  },
];

describe('PDFs that cannot be imported', () => {
  for (const { name, make, message } of CASES) {
    it(`${name}: a message, the CLI exits 1 and nothing is stored`, async () => {
      const bytes = await make();
      const error = await failure(bytes);
      expect(error.code).not.toBe('internal');
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/\n\s+at /);

      const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(file, bytes);
      const imported = runSop(['import', file, '-o', path.join(tmp, 'out')]);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toMatch(message);
      expect(imported.stderr).not.toMatch(/\n\s+at /);

      const dataDir = path.join(tmp, `library-${name.replace(/\W+/g, '-')}`);
      const stored = runSop(['library', 'import', file, '--data-dir', dataDir]);
      expect(stored.code).toBe(1);
      expect(stored.stdout).toMatch(message);
      const list = runSop(['library', 'list', '--json', '--data-dir', dataDir]);
      expect(JSON.parse(list.stdout)).toEqual([]);
    });
  }

  it('a page tree that claims a billion pages is counted by the pages it has', async () => {
    const text = Buffer.from(await pagesPdf(2)).toString('latin1');
    const bomb = text.replace('/Count 2', '/Count 999999999');
    expect(bomb).not.toBe(text);
    const pdf = await openPdf(new Uint8Array(Buffer.from(bomb, 'latin1')));
    expect(pdf.numPages).toBe(2);
    await pdf.destroy();
  });

  it('a cross-reference table with wrong offsets is rebuilt and imports from its source', async () => {
    const result = await importPdf(shiftedXref(ours));
    expect(result.sops.map((sop) => sop.document)).toEqual([corpusDoc()]);
  });

  it('an electronically signed PDF (a signature field, no script) is not taken for a scripted one', async () => {
    const signed = readFileSync(
      path.join(import.meta.dirname, '../../fixtures/pdf-real/bps-bengkulu-pengolahan-capi.pdf'),
    );
    const result = await importPdf(new Uint8Array(signed));
    expect(result.sops.map((sop) => sop.document.steps.length)).toEqual([12]);
  });

  it('a file named .pdf that is a workbook is imported as a workbook (by content)', () => {
    const file = path.join(tmp, 'buku-kerja.pdf');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 bukan zip yang utuh'));
    const result = runSop(['import', file, '-o', path.join(tmp, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/bukan PDF/);
  });
});
