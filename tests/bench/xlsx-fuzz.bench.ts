// The full importer fuzz run: 2 000 mutated corpus workbooks (byte flips, truncations, damaged
// zip fields, XML mutations, merges, shapes, shared strings and cells multiplied past the
// importer's caps). One run; it throws on the first crash, prints the outcome counts and
// the heap growth (a leak would show as growth that keeps rising over the run).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './harness';
import { fuzzCases, runFuzzCase } from '../integration/xlsx/fuzz-cases';

const CASES = 2_000;
const sources = [
  'basarnas-verifikasi-berita.xlsx',
  'basarnas-penanganan-informasi-bencana.xlsx',
].map((name) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/real', name))));

export const benches: Bench[] = [
  {
    name: `xlsx import fuzz: ${CASES} mutated workbooks`,
    runs: 1,
    run: async () => {
      const outcomes = { ok: 0, error: 0 };
      const heapBefore = process.memoryUsage().heapUsed;
      let slowest = { ms: 0, name: '' };
      for (const fuzzCase of fuzzCases(sources, CASES, 2024)) {
        const start = performance.now();
        outcomes[await runFuzzCase(fuzzCase)] += 1;
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, name: fuzzCase.name };
      }
      const growth = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      process.stderr.write(
        `  ${outcomes.ok} imported, ${outcomes.error} refused with a SopError, 0 crashes; slowest ${slowest.ms.toFixed(0)} ms (${slowest.name}); heap ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB\n`,
      );
    },
  },
];
