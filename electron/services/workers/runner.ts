// Who runs a heavy job: a pool of worker threads where the bundled worker script is present (the
// preview host, the desktop main), in-process otherwise (running from source: tests, tools).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cancelledError } from './cancelled';
import { runJob } from './jobs';
import { WorkerPool } from './pool';
import type { JobArgs, JobKind, JobResults, OnProgress, RunOptions } from './protocol';

export type JobRunner = {
  run<K extends JobKind>(kind: K, args: JobArgs[K], options?: RunOptions): Promise<JobResults[K]>;
};

/** The bundle's worker script; esbuild writes it next to build/host.mjs and the desktop main. */
export const WORKER_FILE_NAME = 'sop-worker.cjs';

export function defaultJobRunner(): JobRunner {
  const file = fileURLToPath(new URL(`./${WORKER_FILE_NAME}`, import.meta.url));
  return existsSync(file) ? new WorkerPool(file) : inlineRunner;
}

/** Runs a job in this thread; a cancel is honoured between progress steps. */
export const inlineRunner: JobRunner = {
  run: (kind, args, options = {}) => {
    const { signal, onProgress } = options;
    const progress: OnProgress = (done, total) => {
      if (signal?.aborted) throw cancelledError();
      onProgress?.(done, total);
    };
    if (signal?.aborted) return Promise.reject(cancelledError());
    return runJob(kind, args, progress);
  },
};
