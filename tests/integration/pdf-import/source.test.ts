// Our own PDFs carry their source: every corpus SOP exported to PDF imports back equal through the
// attached .sop.json, a book through one attachment per SOP, and the report says so. Exported
// without the source (`--no-source`, the setting), a PDF holds no copy of the document in any
// form: no attachment, and none of its ids or JSON in any stream, inflated.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { printPdf, renderBookPdf, renderSopPdf } from '../../../electron/services/pdf';
import { importPdf } from '../../../electron/services/pdf-import/import';
import { describeOrigin, describeWarning } from '../../../shared/import';
import { serializeSop } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { corpusDoc } from './bad-pdfs';

const corpusDir = path.resolve('tests/fixtures/sops');
const names = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.sop.json'))
  .map((file) => file.replace(/\.sop\.json$/, ''));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-pdf-source-'));

/** The PDF's bytes with every Flate stream inflated beside it: what a determined reader sees. */
function everyStream(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const inflated: string[] = [text];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      inflated.push(inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate stream (a picture, a font table): read as it is above.
    }
  }
  return inflated.join('\n');
}

function expectNoSource(bytes: Uint8Array, docs: ReturnType<typeof corpusDoc>[]): void {
  const all = everyStream(bytes);
  expect(all).not.toContain('/EmbeddedFiles');
  for (const key of ['"steps"', '"identity"', '"executors"', '"sop-ap"']) {
    expect(all).not.toContain(key);
  }
  // Ids are short (`s1`): as JSON writes them, quoted.
  for (const doc of docs) for (const step of doc.steps) expect(all).not.toContain(`"${step.id}"`);
}

describe('PDFs with their source', () => {
  it('every corpus SOP imports back equal from its attachment', async () => {
    for (const name of names) {
      const doc = corpusDoc(name);
      const result = await importPdf(await renderSopPdf(doc));
      expect(result.sops, name).toHaveLength(1);
      const [sop] = result.sops;
      expect(sop?.document, name).toEqual(doc);
      expect(
        describeOrigin(sop?.report ?? { name: '', sheets: [], recognised: [], warnings: [] }),
      ).toMatch(/^dari lampiran sumber ".+\.sop\.json"$/);
      expect(sop?.report.recognised.join(' '), name).toContain('Sama persis');
    }
  }, 180_000);

  it('a book carries one source per SOP and imports back in its order', async () => {
    const docs = ['01-pembinaan-kelana-katingan', '02-jambore-imp', '03-pembentukan-poktan'].map(
      (name) => corpusDoc(name),
    );
    const result = await importPdf(await renderBookPdf(docs));
    expect(result.sops.map((sop) => sop.document)).toEqual(docs);
    expect(result.sops.map((sop) => sop.report.pdf)).toEqual([
      { attachment: '01-pembinaan-kelana.sop.json' },
      { attachment: '02-jambore-imp.sop.json' },
      { attachment: '03-pembentukan-poktan.sop.json' },
    ]);
  });

  it('other attachments are never opened and a damaged source is named, beside a good one', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const pdf = await printPdf({ content: 'SOP', defaultStyle: { font: 'Arimo' } }, [
      { name: 'catatan.txt', text: 'bukan SOP' },
      { name: 'rusak.sop.json', text: '{"format": "sop-ap", ' },
      { name: 'sop.sop.json', text: serializeSop(doc) },
    ]);
    const result = await importPdf(pdf);
    expect(result.sops.map((sop) => sop.document)).toEqual([doc]);
    expect(result.notes.map(describeWarning)).toEqual([
      'Berkas PDF: Lampiran "catatan.txt" bukan sumber SOP; tidak dibuka dan diabaikan.',
      expect.stringMatching(
        /^Berkas PDF: Lampiran "rusak\.sop\.json" tidak dapat dibaca sebagai SOP/,
      ),
    ]);
  });

  it('without the source, an SOP or a book holds no copy of the document', async () => {
    const doc = corpusDoc('01-pembinaan-kelana-katingan');
    expect(everyStream(await renderSopPdf(doc))).toContain('/EmbeddedFiles');
    expectNoSource(await renderSopPdf(doc, {}, { source: false }), [doc]);
    const book = [doc, corpusDoc('02-jambore-imp')];
    expectNoSource(await renderBookPdf(book, {}, undefined, { source: false }), book);
  });

  it('sop pdf and sop book attach the source unless --no-source', () => {
    const input = path.join(corpusDir, '02-jambore-imp.sop.json');
    const file = (name: string) => path.join(tmp, name);
    expect(runSop(['pdf', input, '-o', file('with.pdf')]).code).toBe(0);
    expect(runSop(['pdf', input, '-o', file('without.pdf'), '--no-source']).code).toBe(0);
    expect(runSop(['book', input, input, '-o', file('book.pdf'), '--no-source']).code).toBe(0);
    const doc = corpusDoc('02-jambore-imp');
    expect(everyStream(readFileSync(file('with.pdf')))).toContain('/EmbeddedFiles');
    expectNoSource(readFileSync(file('without.pdf')), [doc]);
    expectNoSource(readFileSync(file('book.pdf')), [doc]);
  });

  it('pdf:export leaves the source out when asked, and pdf:import reads it back', async () => {
    const handlers = createApiHandlers({
      appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
      resourcesDir: path.resolve('resources'),
    });
    const doc = corpusDoc('02-jambore-imp');
    const without = await dispatch(handlers, 'pdf:export', [doc, { source: false }]);
    const withSource = await dispatch(handlers, 'pdf:export', [doc, {}]);
    if (!without.ok || !withSource.ok) throw new Error('pdf:export failed');
    expectNoSource(without.value as Uint8Array, [doc]);
    const back = await dispatch(handlers, 'pdf:import', [withSource.value]);
    expect(back).toMatchObject({ ok: true, value: { sops: [{ document: doc }] } });
    const wrong = await dispatch(handlers, 'pdf:import', ['C:/sop.pdf'], () => undefined);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
