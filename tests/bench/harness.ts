// Benchmark cases and their measurement: warm-up, repeated timed runs, median/min/max.

export type Bench = {
  name: string;
  /** Timed runs after one warm-up run (default 20). */
  runs?: number;
  setup?: () => unknown | Promise<unknown>;
  run: () => unknown | Promise<unknown>;
  teardown?: () => unknown | Promise<unknown>;
};

export type BenchResult = { name: string; runs: number; median: number; min: number; max: number };

export async function measure(bench: Bench): Promise<BenchResult> {
  await bench.setup?.();
  try {
    await bench.run();
    const runs = bench.runs ?? 20;
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await bench.run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      name: bench.name,
      runs,
      median: times[Math.floor(times.length / 2)] ?? 0,
      min: times[0] ?? 0,
      max: times[times.length - 1] ?? 0,
    };
  } finally {
    await bench.teardown?.();
  }
}

export function formatTable(results: BenchResult[]): string {
  const header = ['benchmark', 'runs', 'median ms', 'min ms', 'max ms'];
  const rows = results.map((r) => [
    r.name,
    String(r.runs),
    r.median.toFixed(2),
    r.min.toFixed(2),
    r.max.toFixed(2),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
