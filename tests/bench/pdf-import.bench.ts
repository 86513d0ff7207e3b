// PDF import benchmarks (issue 14: a 3-page SOP PDF ≤ 300 ms, a 100-SOP book PDF ≤ 20 s with
// progress shown): PDFs made by this app imported from their attached source (the intake alone),
// and the same printed without it, read from their drawn pages and recognised.

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
let printedSingle: Uint8Array = new Uint8Array();
let printedBook: Uint8Array = new Uint8Array();

/** A hundred SOPs of the corpus, in order, repeated as needed. */
const hundred = (): SopDocument[] => {
  const docs = corpus();
  return Array.from({ length: 100 }, (_, i) => docs[i % docs.length]!);
};

/** Imports the book and fails unless progress was reported page by page, up to the last page. */
async function importWithProgress(bytes: Uint8Array): Promise<void> {
  const calls: [number, number][] = [];
  await importPdf(bytes, (done, total) => calls.push([done, total]));
  const [done, total] = calls.at(-1) ?? [0, 0];
  if (calls.length < 10 || done !== total) {
    throw new Error(`progress reported ${calls.length} times, last ${done} of ${total}`);
  }
}

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
      book = await renderBookPdf(hundred());
    },
    run: () => importPdf(book),
  },
  {
    name: 'pdf import: a 3-page SOP PDF printed without its source (recognised)',
    setup: async () => {
      const [first] = corpus();
      if (first) printedSingle = await renderSopPdf(first, {}, { source: false });
      // The process's first page read loads and compiles PDF.js's font and drawing code (seconds),
      // which the 300 ms limit of every run, the warm-up included, is not about.
      await importPdf(printedSingle);
    },
    run: () => importPdf(printedSingle),
    limits: { runMs: 300 },
  },
  {
    name: 'pdf import: a 100-SOP book PDF printed without its sources (recognised, progress)',
    runs: 3,
    setup: async () => {
      printedBook = await renderBookPdf(hundred(), {}, undefined, { source: false });
    },
    run: () => importWithProgress(printedBook),
    limits: { runMs: 20_000 },
  },
];
