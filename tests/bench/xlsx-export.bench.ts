// Excel export benchmarks: one 50-step SOP (decisions looping back, page breaks, joint steps) and
// a bureau workbook of 100 SOPs from the corpus with the Daftar SOP register.

import { readdirSync, readFileSync } from 'node:fs';
import { emptyStep, parseSopJson, type SopDocument } from '../../shared/model';
import { exportWorkbook, type ExportEntry } from '../../electron/services/xlsx-export/export';
import type { Bench } from './harness';

const corpusDir = new URL('../fixtures/sops/', import.meta.url);

function corpus(): SopDocument[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => parseSopJson(readFileSync(new URL(name, corpusDir), 'utf8')));
}

/** 50 steps over five executors, a decision every seventh row looping back three rows. */
function fiftySteps(base: SopDocument): SopDocument {
  const executors = ['e1', 'e2', 'e3', 'e4', 'e5'].map((id, i) => ({
    id,
    name: `Pelaksana ${i + 1}`,
  }));
  const steps = Array.from({ length: 50 }, (_, i) => {
    const symbol = i === 0 || i === 49 ? 'terminator' : i % 7 === 6 ? 'decision' : 'process';
    return {
      ...emptyStep(`s${i + 1}`, symbol),
      activity: `Langkah ${i + 1}: memeriksa dan meneruskan berkas permohonan kepada pejabat berikutnya`,
      executors: i % 11 === 5 ? [`e${(i % 5) + 1}`, `e${((i + 2) % 5) + 1}`] : [`e${(i % 5) + 1}`],
      no: symbol === 'decision' ? `s${i - 2}` : null,
      requirements: 'Berkas permohonan',
      time: '15 menit',
      output: 'Berkas diperiksa',
    };
  });
  return { ...base, executors, steps };
}

let single: ExportEntry[] = [];
let bureau: ExportEntry[] = [];

export const benches: Bench[] = [
  {
    name: 'xlsx export: one 50-step SOP',
    setup: () => {
      const [first] = corpus();
      if (first) single = [{ document: fiftySteps(first) }];
    },
    run: () => exportWorkbook(single),
  },
  {
    name: 'xlsx export: bureau workbook of 100 SOPs with Daftar SOP',
    runs: 3,
    setup: () => {
      const docs = corpus();
      bureau = Array.from({ length: 100 }, (_, i) => ({
        document: docs[i % docs.length] as SopDocument,
        status: i % 3 === 0 ? 'Berlaku' : 'Draf',
        revision: String(i % 4),
      }));
    },
    run: () => exportWorkbook(bureau),
  },
];
