// The heavy calls now running, by the job id their caller gave: their progress for job:status and
// an abort switch for job:cancel.

import type { JobStatus } from '../../../shared/api';
import { SopError } from '../../../shared/errors';
import { cancelledError } from '../workers/cancelled';
import type { RunOptions } from '../workers/protocol';
import type { HandlersFor } from './types';

type Running = { done: number; total: number; controller: AbortController };

/** Cancels that arrive before their call (HTTP requests may overtake each other) are kept a while. */
const EARLY_CANCELS_KEPT = 100;

export class JobRegistry {
  private readonly running = new Map<string, Running>();
  private readonly earlyCancels: string[] = [];

  /** Runs `work` under the caller's job id (if any), tracking its progress and honouring cancel. */
  async track<T>(id: string | undefined, work: (options: RunOptions) => Promise<T>): Promise<T> {
    if (id === undefined) return work({});
    if (this.running.has(id)) {
      throw new SopError('invalid-argument', 'Pekerjaan dengan nomor ini sedang berjalan.');
    }
    if (this.takeEarlyCancel(id)) throw cancelledError();
    const job: Running = { done: 0, total: 1, controller: new AbortController() };
    this.running.set(id, job);
    try {
      return await work({
        signal: job.controller.signal,
        onProgress: (done, total) => Object.assign(job, { done, total }),
      });
    } finally {
      this.running.delete(id);
    }
  }

  status(id: string): JobStatus {
    const job = this.running.get(id);
    return job ? { state: 'running', done: job.done, total: job.total } : { state: 'unknown' };
  }

  cancel(id: string): boolean {
    const job = this.running.get(id);
    if (job) {
      job.controller.abort();
      return true;
    }
    this.earlyCancels.push(id);
    if (this.earlyCancels.length > EARLY_CANCELS_KEPT) this.earlyCancels.shift();
    return false;
  }

  private takeEarlyCancel(id: string): boolean {
    const index = this.earlyCancels.indexOf(id);
    if (index >= 0) this.earlyCancels.splice(index, 1);
    return index >= 0;
  }
}

export function jobHandlers(jobs: JobRegistry): HandlersFor<'job:status' | 'job:cancel'> {
  return {
    'job:status': (id) => jobs.status(id),
    'job:cancel': (id) => jobs.cancel(id),
  };
}
