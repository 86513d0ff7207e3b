// Benchmark cases and their measurement: warm-up, repeated timed runs, median/min/max. Every step
// of a case has a time limit, and a case that fails or overruns becomes a failed row with the
// reason, after its teardown has run, so one bad case neither hangs nor ends the whole table.

export type Bench = {
  name: string;
  /** Timed runs after one warm-up run (default 20). */
  runs?: number;
  setup?: () => unknown | Promise<unknown>;
  run: () => unknown | Promise<unknown>;
  teardown?: () => unknown | Promise<unknown>;
  /** Limits in milliseconds; the defaults suit Node-only cases and the Chromium ones alike. */
  limits?: Partial<BenchLimits>;
  /** The budget of the median run in milliseconds: a slower median fails the row. */
  medianMs?: number;
  /** For a case run as a child process: the highest peak RSS of its runs, in bytes. */
  peakRss?: () => number;
};

export type BenchLimits = { setupMs: number; runMs: number; teardownMs: number };

const DEFAULT_LIMITS: BenchLimits = { setupMs: 180_000, runMs: 60_000, teardownMs: 30_000 };

export type BenchResult =
  | { name: string; runs: number; median: number; min: number; max: number; peakRss?: number }
  | { name: string; failed: string };

export async function measure(bench: Bench): Promise<BenchResult> {
  const limits = { ...DEFAULT_LIMITS, ...bench.limits };
  const runs = bench.runs ?? 20;
  const times: number[] = [];
  let failure: string | null = null;
  try {
    await withTimeout(bench.setup?.(), limits.setupMs, 'setup');
    await withTimeout(bench.run(), limits.runMs, 'warm-up run');
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await withTimeout(bench.run(), limits.runMs, `run ${i + 1} of ${runs}`);
      times.push(performance.now() - start);
    }
  } catch (error) {
    failure = describe(error);
  } finally {
    try {
      await withTimeout(bench.teardown?.(), limits.teardownMs, 'teardown');
    } catch (error) {
      failure = [failure, describe(error)].filter(Boolean).join('; then ');
    }
  }
  if (failure !== null) return { name: bench.name, failed: failure };
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  if (bench.medianMs !== undefined && median > bench.medianMs) {
    return { name: bench.name, failed: `median ${median.toFixed(1)} ms over ${bench.medianMs} ms` };
  }
  return {
    name: bench.name,
    runs,
    median,
    min: times[0] ?? 0,
    max: times[times.length - 1] ?? 0,
    ...(bench.peakRss ? { peakRss: bench.peakRss() } : {}),
  };
}

/**
 * Waits for `work` at most `ms`. On time-out the work is left behind: its later rejection (say,
 * a browser call failing once the teardown has closed the browser) is expected and ignored.
 */
async function withTimeout(work: unknown, ms: number, what: string): Promise<void> {
  if (!(work instanceof Promise)) return;
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.race([work, overrun]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright messages carry a call log after the first line; the table needs the reason only.
  return text.split('\n')[0] ?? text;
}

export function formatTable(results: BenchResult[]): string {
  const header = ['benchmark', 'runs', 'median ms', 'min ms', 'max ms', 'peak RSS MB'];
  const rows = results.map((r) =>
    'failed' in r
      ? [r.name, '-', 'FAILED', '-', '-', '-']
      : [
          r.name,
          String(r.runs),
          r.median.toFixed(2),
          r.min.toFixed(2),
          r.max.toFixed(2),
          r.peakRss === undefined ? '-' : (r.peakRss / 1024 / 1024).toFixed(0),
        ],
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const failures = results.flatMap((r) => ('failed' in r ? [`FAILED ${r.name}: ${r.failed}`] : []));
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...(failures.length ? ['', ...failures] : []),
  ].join('\n');
}
