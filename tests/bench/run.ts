// `npm run bench [filter]`: runs every tests/bench/*.bench.ts (or those whose case names contain
// the filter) and prints one table; failed cases are rows too, and make the exit code 1.

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
    const result = await measure(bench);
    if ('failed' in result) process.stderr.write(`  FAILED: ${result.failed}\n`);
    results.push(result);
  }
}
console.log(formatTable(results));
// A case that overran may have left work pending (a browser call that the teardown cut short);
// the table is out, so end here instead of waiting on it.
process.exit(results.some((r) => 'failed' in r) ? 1 : 0);
