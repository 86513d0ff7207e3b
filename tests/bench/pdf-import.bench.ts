// PDF import benchmarks of what the intake does alone: a 3-page SOP PDF and a 100-SOP book PDF
// made by this app, both imported from their attached source (issue 14: ≤ 300 ms and ≤ 20 s).

import { readdirSync, readFileSync } from 'node:fs';
import { renderBookPdf, renderSopPdf } from '../../electron/services/pdf';
import { importPdf } from '../../electron/services/pdf-import/import';
import { parseSopJson, type SopDocument } from '../../shared/model';
import type { Bench } from './harness';

const corpusDir = new URL('../fixtures/sops/', import.meta.url);

function corpus(): SopDocument[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => parseSopJson(readFileSync(new URL(name, corpusDir), 'utf8')));
}

let single: Uint8Array = new Uint8Array();
let book: Uint8Array = new Uint8Array();

export const benches: Bench[] = [
  {
    name: 'pdf import: a 3-page SOP PDF from its attached source',
    setup: async () => {
      const [first] = corpus();
      if (first) single = await renderSopPdf(first);
    },
    run: () => importPdf(single),
  },
  {
    name: 'pdf import: a 100-SOP book PDF from its attached sources',
    runs: 3,
    setup: async () => {
      const docs = corpus();
      book = await renderBookPdf(Array.from({ length: 100 }, (_, i) => docs[i % docs.length]!));
    },
    run: () => importPdf(book),
  },
];
