// Fuzzing the importer with 200 mutated corpus workbooks: every case ends in a document or a
// typed SopError within 5 s, never a crash. The full 2 000-case run is
// tests/bench/xlsx-fuzz.bench.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzCases, runFuzzCase } from './fuzz-cases';

const dir = join(import.meta.dirname, '../../fixtures/real');
const sources = [
  'basarnas-verifikasi-berita.xlsx',
  'basarnas-penanganan-informasi-bencana.xlsx',
].map((name) => new Uint8Array(readFileSync(join(dir, name))));

describe('importer fuzz', () => {
  for (const seed of [11, 12, 13, 14]) {
    it(`survives 50 mutated workbooks (seed ${seed})`, async () => {
      const outcomes = { ok: 0, error: 0 };
      let slowest = { ms: 0, name: '' };
      for (const fuzzCase of fuzzCases(sources, 50, seed)) {
        const start = performance.now();
        outcomes[await runFuzzCase(fuzzCase)] += 1;
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, name: fuzzCase.name };
      }
      expect(outcomes.ok + outcomes.error).toBe(50);
      // Multiplied merges, shapes, strings and cells are answered within the importer's budgets.
      expect(slowest.ms, slowest.name).toBeLessThan(5_000);
      // Mutations that keep the zip readable (XML edits) still import in many cases.
      expect(outcomes.ok).toBeGreaterThan(0);
    });
  }
});
