// A PDF holding more than an SOP may (format.md §7.1) imports within the limits with the shared
// rule's messages (shared/import/limits.ts), instead of giving a document that fails validation.

import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { describeWarning } from '../../../shared/import';
import { MAX_LIST_ITEMS, MAX_STEPS } from '../../../shared/limits';
import { parseSopValue } from '../../../shared/model';
import { syntheticSop } from '../../unit/layout/synthetic';
import type { PdfPage } from '../../../electron/services/pdf-import/page';
import { readPrint } from './make-pdf';

describe('a PDF over the document limits', () => {
  it('imports its first 500 steps and 200 list items, valid, with the shared messages', async () => {
    const source = syntheticSop({ steps: 505, executors: 3 });
    source.identity.legalBasis = Array.from({ length: 260 }, (_, i) => `Peraturan ${i + 1}`);
    const { pages, producer } = await readPrint(
      await renderSopPdf(source, { paper: 'A4' }, { source: false }),
    );
    const [sop] = recognisePages(pages, producer).sops;
    const doc = sop!.document;
    expect(() => parseSopValue(structuredClone(doc))).not.toThrow();
    expect(doc.steps).toHaveLength(MAX_STEPS);
    expect(doc.identity.legalBasis).toHaveLength(MAX_LIST_ITEMS);
    const warnings = sop!.report.warnings.map(describeWarning);
    // On the table's first page, after the identity's pages that the long list fills.
    const tablePage = Math.min(
      ...pages.filter((p) => /Kegiatan/.test(pageText(p))).map((p) => p.number),
    );
    expect(warnings).toContain(
      `Halaman ${tablePage}: SOP ini berisi 505 langkah; paling banyak 500 langkah. Hanya 500 langkah pertama yang diimpor.`,
    );
    // The print spreads the list over the identity pages; how many items read back is the
    // reader's business, the rule's wording and place are checked here.
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Halaman 1: Daftar identitas lebih dari 200 butir: Dasar Hukum \d+ butir; paling banyak 200 butir per daftar\. Hanya 200 butir pertama yang diimpor\.$/,
      ),
    );
  }, 60_000);
});

function pageText(page: PdfPage): string {
  return page.texts.map((t) => t.text).join(' ');
}
