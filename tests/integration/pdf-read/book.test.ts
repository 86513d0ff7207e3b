// An SOP book (contents, then each SOP's identity page and flowchart pages) printed by this app
// without its attached sources and read back from its drawn pages: one SOP per identity page and
// its flowchart table, each equal to its source but for what the print cannot carry; the contents
// page reported skipped.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBookPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { parseSopJson } from '../../../shared/model';
import { comparable } from './compare';
import { readPrint } from './make-pdf';
import { asPrinted } from './print-losses';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const files = [
  '02-jambore-imp.sop.json',
  '13-menyusun-spm-ikm-sop-kesertaan-kb.sop.json',
  '37-pelatihan-pprg-focalpoint.sop.json',
];

describe('PDF book', () => {
  it('imports each SOP of a book equal to its source', async () => {
    const docs = files.map((f) => parseSopJson(readFileSync(join(corpusDir, f), 'utf8')));
    const bytes = await renderBookPdf(docs, {}, undefined, { source: false });
    const { pages, producer } = await readPrint(bytes);
    const result = recognisePages(pages, producer);
    expect(result.sops.map((s) => comparable(s.document))).toEqual(
      docs.map((d, i) => comparable(asPrinted(files[i]!, d.print.paper, d))),
    );
    expect(result.sops.map((s) => s.report.pdf)).toEqual([
      { pages: [2, 3] },
      { pages: [4, 5, 6] },
      { pages: [7, 8, 9, 10] },
    ]);
    // The contents page holds neither identity nor table.
    expect(result.notes.map((n) => n.page)).toEqual([1]);
  });
});
