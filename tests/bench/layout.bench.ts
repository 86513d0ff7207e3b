// Benchmarks of the flowchart layout and the PDF export (issue 4 §8). Targets, median warm:
// 50-step SOP to PDF ≤ 100 ms; `sop pdf` as a whole process ≤ 1.5 s; 100-SOP book ≤ 10 s.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderBookPdf, renderSopPdf } from '../../electron/services/pdf';
import { arimoMeasurer, defaultLayoutSettings, layoutSop } from '../../shared/layout';
import { parseSopJson, serializeSop, type SopDocument } from '../../shared/model';
import { syntheticSop } from '../unit/layout/synthetic';
import type { Bench } from './harness';

const sop50 = syntheticSop({ steps: 50, executors: 6, jointEvery: 7 });
const sop300 = syntheticSop({ steps: 300, executors: 6, decisionEvery: 4, backDistance: 3 });
const corpusDir = path.resolve('tests/fixtures/sops');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.sop.json'))
  .map((f) => parseSopJson(readFileSync(path.join(corpusDir, f), 'utf8')));
const book100: SopDocument[] = Array.from(
  { length: 100 },
  (_, i) => corpus[i % corpus.length] as SopDocument,
);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-bench-pdf-'));
const input = path.join(tmp, 'sop50.sop.json');
writeFileSync(input, serializeSop(sop50));

const layout = (doc: SopDocument) => layoutSop(doc, defaultLayoutSettings(doc), arimoMeasurer);

export const benches: Bench[] = [
  { name: 'layout: 50-step 6-executor SOP', run: () => layout(sop50) },
  { name: 'pdf: 50-step 6-executor SOP (layout + PDF)', run: () => renderSopPdf(sop50) },
  { name: 'layout: 300-step SOP', runs: 10, run: () => layout(sop300) },
  { name: 'pdf: 300-step SOP (layout + PDF)', runs: 5, run: () => renderSopPdf(sop300) },
  { name: 'pdf: book of 100 SOPs', runs: 3, run: () => renderBookPdf(book100, { cover: true }) },
  {
    name: 'cli: sop pdf 50-step SOP, whole process',
    runs: 5,
    run: () => {
      const result = spawnSync(
        process.execPath,
        [path.resolve('build/cli/index.mjs'), 'pdf', input, '-o', path.join(tmp, 'out.pdf')],
        { encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(result.stderr);
    },
  },
];
