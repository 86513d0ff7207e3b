// Fuzzing the PDF import with 1,000 mutated PDFs exported by this app (one SOP and a book, each
// with and without its attached source, so the page reader and the recogniser run on damaged
// pages): every case ends in a result or one of our SopErrors with an Indonesian message within
// 15 s; not one internal error, crash or hang.

import { beforeAll, describe, expect, it } from 'vitest';
import { renderBookPdf, renderSopPdf } from '../../../electron/services/pdf';
import { corpusDoc } from './bad-pdfs';
import { fuzzCases, runFuzzCase } from './fuzz-cases';

let sources: Uint8Array[] = [];

beforeAll(async () => {
  const doc = corpusDoc('02-jambore-imp');
  sources = [
    await renderSopPdf(doc),
    await renderBookPdf([doc, corpusDoc('03-pembentukan-poktan')]),
    await renderSopPdf(doc, {}, { source: false }),
    await renderBookPdf([doc, corpusDoc('03-pembentukan-poktan')], {}, undefined, {
      source: false,
    }),
  ];
});

describe('PDF import fuzz', () => {
  for (const seed of [21, 22, 23, 24]) {
    it(`survives 250 mutated PDFs (seed ${seed})`, { timeout: 120_000 }, async () => {
      const outcomes = { ok: 0, refused: 0 };
      let slowest = { ms: 0, name: '' };
      for (const fuzzCase of fuzzCases(sources, 250, seed)) {
        const start = performance.now();
        outcomes[await runFuzzCase(fuzzCase)] += 1;
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, name: fuzzCase.name };
      }
      expect(outcomes.ok + outcomes.refused).toBe(250);
      // No hang: the slowest cases are PDF.js rebuilding a broken cross-reference table (about
      // 3 s alone, more on a busy machine), well within the import's own budget of 60 s.
      expect(slowest.ms, slowest.name).toBeLessThan(15_000);
      // Most mutations leave the attached source or the drawn pages readable: those PDFs import.
      expect(outcomes.ok).toBeGreaterThan(50);
      expect(outcomes.refused).toBeGreaterThan(0);
    });
  }
});
