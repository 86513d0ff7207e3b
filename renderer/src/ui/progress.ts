// The long job now running (a PDF, a book, a workbook, an import): its label and progress for the
// progress bar, and its cancel. The job's call carries a job id; while it is pending the bar polls
// job:status, and Batal sends job:cancel (the same over IPC and HTTP).

import { create } from 'zustand';
import { call } from '../platform/api';

export type RunningJob = { id: string; label: string; done: number; total: number };

type ProgressState = { job: RunningJob | null };

export const useProgress = create<ProgressState>(() => ({ job: null }));

/** How often the bar asks for progress. */
const POLL_MS = 250;

/**
 * Runs a heavy call under a fresh job id, showing `label` with its progress until it ends. One
 * job at a time: a second one waits for none and simply takes over the bar.
 */
export async function withProgress<T>(
  label: string,
  start: (jobId: string) => Promise<T>,
): Promise<T> {
  const id = crypto.randomUUID();
  useProgress.setState({ job: { id, label, done: 0, total: 1 } });
  const timer = setInterval(() => void poll(id), POLL_MS);
  try {
    return await start(id);
  } finally {
    clearInterval(timer);
    if (useProgress.getState().job?.id === id) useProgress.setState({ job: null });
  }
}

async function poll(id: string): Promise<void> {
  const status = await call('job:status', id).catch(() => null);
  const job = useProgress.getState().job;
  if (status?.state !== 'running' || job?.id !== id) return;
  useProgress.setState({ job: { ...job, done: status.done, total: status.total } });
}

/** Batal: the job's call then fails with code "cancelled" and nothing is saved. */
export function cancelJob(): void {
  const job = useProgress.getState().job;
  if (job) void call('job:cancel', job.id).catch(() => undefined);
}
