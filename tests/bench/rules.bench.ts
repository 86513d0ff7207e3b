// Benchmarks of the rules: parsing and checking the whole corpus, and checking one very long SOP.

import { readdirSync, readFileSync } from 'node:fs';
import { emptySop, emptyStep, parseSopJson, type SopDocument } from '../../shared/model';
import { runChecks } from '../../shared/rules';
import type { Bench } from './harness';

const corpusDir = new URL('../fixtures/sops/', import.meta.url);
let corpusTexts: string[] = [];
let longSop: SopDocument = emptySop();

/** 5000 rows with an approval diamond every fourth row, each looping back two rows. */
function buildLongSop(): SopDocument {
  const doc = emptySop();
  doc.executors = [{ id: 'e1', name: 'Pelaksana' }];
  doc.steps = Array.from({ length: 5000 }, (_, i) => {
    const last = i === 4999;
    const symbol = i === 0 || last ? 'terminator' : i % 4 === 0 ? 'decision' : 'process';
    return {
      ...emptyStep(`s${i + 1}`, symbol),
      activity: `Memeriksa berkas ${i + 1}`,
      executors: ['e1'],
      no: symbol === 'decision' ? `s${i - 1}` : null,
      requirements: `Berkas ${i}`,
      time: i % 3 === 0 ? '1-3 Hari' : '30 menit',
      output: `Berkas ${i + 1}`,
    };
  });
  return doc;
}

export const benches: Bench[] = [
  {
    name: 'rules: parse + check every corpus SOP (67 files)',
    setup: () => {
      corpusTexts = readdirSync(corpusDir)
        .filter((name) => name.endsWith('.sop.json'))
        .map((name) => readFileSync(new URL(name, corpusDir), 'utf8'));
    },
    run: () => {
      for (const text of corpusTexts) runChecks(parseSopJson(text));
    },
  },
  {
    name: 'rules: check one SOP of 5000 steps',
    runs: 10,
    setup: () => {
      longSop = buildLongSop();
    },
    run: () => runChecks(longSop),
  },
];
