// The real BASARNAS workbooks (tests/fixtures/real) printed by LibreOffice import to their expected
// documents, but for what a print cannot carry (the logo's bytes, ids) and the known differences
// named below, each with its reason.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import';
import { describeWarning } from '../../../shared/import';
import type { SopDocument } from '../../../shared/model';
import { hasLibreOffice } from '../xlsx-export/libreoffice';
import { importPrinted, printedIdentity } from './libreoffice-print';

const dir = join(import.meta.dirname, '../../fixtures/real');
const VERIFIKASI = 'basarnas-verifikasi-berita';
const PENANGANAN = 'basarnas-penanganan-informasi-bencana';

const expected = (name: string): SopDocument =>
  JSON.parse(readFileSync(join(dir, `${name}.expected.sop.json`), 'utf8')) as SopDocument;

/** The document as a print carries it, its executor and step ids renamed by position. */
function printed(doc: SopDocument): SopDocument {
  const executorIds = new Map(doc.executors.map((e, i) => [e.id, `e${i + 1}`]));
  const stepIds = new Map(doc.steps.map((s, i) => [s.id, `s${i + 1}`]));
  const step = (id: string | null) => (id === null ? null : (stepIds.get(id) ?? id));
  return {
    ...doc,
    identity: printedIdentity(doc.identity),
    executors: doc.executors.map((e) => ({ ...e, id: executorIds.get(e.id) ?? e.id })),
    steps: doc.steps.map((s) => ({
      ...s,
      id: step(s.id)!,
      executors: s.executors.map((id) => executorIds.get(id) ?? id),
      yes: step(s.yes),
      no: step(s.no),
    })),
  };
}

/**
 * Verifikasi Berita as its print reads, different from the workbook's document in two places:
 * - the sub-headings inside the Peralatan list (`Peralatan :`, `Perlengkapan`) are the list's own
 *   label words, read as labels and left out of the items;
 * - the decision's *Tidak* exit runs through a pair of off-page pentagons without letters (the
 *   workbook pairs them by their cells; a page pairs connectors by their letters), so it is not
 *   followed and reads as the exit to the next step (reported).
 */
function verifikasiAsPrinted(): SopDocument {
  const doc = printed(expected(VERIFIKASI));
  doc.identity.equipment = doc.identity.equipment.map((item) => item.split('\n')[1] ?? item);
  const decision = doc.steps[6]!;
  decision.no = null;
  return doc;
}

describe.skipIf(!hasLibreOffice())('the real BASARNAS workbooks printed by LibreOffice', () => {
  let imported: Map<string, ImportResult>;
  beforeAll(async () => {
    const workbooks = new Map(
      [VERIFIKASI, PENANGANAN].map((name) => [
        `${name}.xlsx`,
        new Uint8Array(readFileSync(join(dir, `${name}.xlsx`))),
      ]),
    );
    imported = await importPrinted(workbooks);
  }, 120_000);

  it('Verifikasi Berita: the identity over two pages and the flowchart over two', () => {
    const result = imported.get(`${VERIFIKASI}.xlsx`)!;
    expect(result.sops).toHaveLength(1);
    const [sop] = result.sops;
    expect(printed(sop!.document)).toEqual(verifikasiAsPrinted());
    expect(sop!.report.pdf).toEqual({ pages: [1, 2, 3, 4] });
    expect(sop!.report.warnings.map(describeWarning)).toContainEqual(
      expect.stringMatching(/Halaman 4.*Langkah 7: hanya satu cabang keputusan terbaca/),
    );
  });

  // Known difference: the workbook sets no print scaling, so LibreOffice (as Excel) prints each
  // sheet at full size over a grid of pages, its columns cut across pages. The importer reads a
  // table on one page (or continued down the next), not pieced together from side by side pages:
  // every page is reported as skipped, the tiles with column labels as a table cut over pages, with
  // what to do instead (print fitted to the width, or Impor Excel).
  it('Penanganan Informasi Bencana: its tiled pages are reported, not guessed', () => {
    const result = imported.get(`${PENANGANAN}.xlsx`)!;
    expect(result.sops).toHaveLength(0);
    expect(result.notes.map((n) => n.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // The tiles with column labels say why they cannot be read and what to do instead.
    const cut = result.notes.filter((n) => /terpotong ke beberapa halaman/.test(n.message));
    expect(cut.map((n) => n.page)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(cut[0]!.message).toMatch(/Fit to width.*Impor Excel/);
  });
});
