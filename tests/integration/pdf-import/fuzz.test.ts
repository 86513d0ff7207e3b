// Fuzzing the PDF import with 1,000 mutated PDFs exported by this app (one SOP, a book, and one
// without its source): every case ends in a result or a typed SopError within 5 s, never a crash
// or a hang.

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
  ];
});

describe('PDF import fuzz', () => {
  for (const seed of [21, 22, 23, 24]) {
    it(`survives 250 mutated PDFs (seed ${seed})`, { timeout: 120_000 }, async () => {
      const outcomes = { ok: 0, refused: 0, unread: 0 };
      let slowest = { ms: 0, name: '' };
      for (const fuzzCase of fuzzCases(sources, 250, seed)) {
        const start = performance.now();
        outcomes[await runFuzzCase(fuzzCase)] += 1;
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, name: fuzzCase.name };
      }
      expect(outcomes.ok + outcomes.refused + outcomes.unread).toBe(250);
      expect(slowest.ms, slowest.name).toBeLessThan(5_000);
      // Most mutations leave the attached source readable: those PDFs still import.
      expect(outcomes.ok).toBeGreaterThan(50);
      expect(outcomes.refused).toBeGreaterThan(0);
    });
  }
});
