// `npm run bench [filter]`: runs every tests/bench/*.bench.ts (or those whose case names contain
// the filter) and prints one table.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, measure } from './harness';
import type { Bench, BenchResult } from './harness';

const dir = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { benches: Bench[] };
  for (const bench of mod.benches) {
    if (filter && !bench.name.includes(filter)) continue;
    process.stderr.write(`… ${bench.name}\n`);
    results.push(await measure(bench));
  }
}
console.log(formatTable(results));
