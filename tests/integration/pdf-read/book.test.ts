// An SOP book (contents, then each SOP's identity page and flowchart pages) printed by this app and
// read back from its drawn pages: one SOP per flowchart table, the pages between them reported.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderBookPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { parseSopJson } from '../../../shared/model';
import { comparable } from './compare';
import { readPages } from './make-pdf';

// Until recognise/identity.ts reads identity pages, they read as none (and are reported skipped).
vi.mock('../../../electron/services/pdf-import/recognise/identity', () => ({
  readIdentityPage: () => null,
}));

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const files = [
  '02-jambore-imp.sop.json',
  '13-menyusun-spm-ikm-sop-kesertaan-kb.sop.json',
  '37-pelatihan-pprg-focalpoint.sop.json',
];

describe('PDF book', () => {
  it('imports each SOP of a book equal to its source', async () => {
    const docs = files.map((f) => parseSopJson(readFileSync(join(corpusDir, f), 'utf8')));
    const result = recognisePages(await readPages(await renderBookPdf(docs)));
    expect(result.sops.map((s) => comparable(s.document))).toEqual(docs.map((d) => comparable(d)));
    expect(result.sops.map((s) => s.report.sheets)).toEqual([
      ['Halaman 3'],
      ['Halaman 5', 'Halaman 6'],
      ['Halaman 8', 'Halaman 9', 'Halaman 10'],
    ]);
    // The contents and the identity pages hold no table.
    expect(result.notes.map((n) => n.sheet)).toEqual([
      'Halaman 1',
      'Halaman 2',
      'Halaman 4',
      'Halaman 7',
    ]);
  });
});
