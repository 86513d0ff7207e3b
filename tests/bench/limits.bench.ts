// The budget behind the document limits (docs/format.md §7.1): `sop pdf` of the largest document
// the limits accept, as a whole process, within 30 s and 1 GB peak RSS on the 2-core machine. A
// run over either budget fails the row.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSopJson, serializeSop } from '../../shared/model';
import { largestSop } from '../integration/property/largest';
import type { Bench } from './harness';

const TIME = '/usr/bin/time';
const BUDGET_MS = 30_000;
const BUDGET_RSS = 1024 * 1024 * 1024;

let tmp = '';
let peak = 0;

/** One `sop pdf` under GNU time, whose `-f %M` prints the child's peak RSS in KB. */
function runPdf(): void {
  const input = path.join(tmp, 'largest.sop.json');
  const result = spawnSync(
    TIME,
    [
      '-f',
      '%M',
      process.execPath,
      path.resolve('build/cli/index.mjs'),
      'pdf',
      input,
      '-o',
      path.join(tmp, 'out.pdf'),
    ],
    { encoding: 'utf8', timeout: BUDGET_MS },
  );
  if (result.error) throw new Error(`sop pdf did not finish within ${BUDGET_MS / 1000} s`);
  if (result.status !== 0) throw new Error(result.stderr);
  const kb = Number(result.stderr.trim().split('\n').pop());
  peak = Math.max(peak, kb * 1024);
  if (peak > BUDGET_RSS) throw new Error(`peak RSS ${Math.round(peak / 1024 / 1024)} MB over 1 GB`);
}

export const benches: Bench[] = [
  {
    name: 'cli: sop pdf largest accepted SOP (200 steps × 30 executors, 200k chars)',
    runs: 3,
    setup: () => {
      if (!existsSync(TIME)) throw new Error(`${TIME} is missing (GNU time measures the peak RSS)`);
      tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-bench-limits-'));
      const text = serializeSop(largestSop());
      parseSopJson(text);
      writeFileSync(path.join(tmp, 'largest.sop.json'), text);
    },
    run: runPdf,
    teardown: () => rmSync(tmp, { recursive: true, force: true }),
    peakRss: () => peak,
  },
];
