// A small pool of worker threads for heavy jobs, so the thread that answers the window (desktop
// main) or the HTTP requests (preview host) never waits for them. Jobs queue when every worker is
// busy; a cancelled job's worker is terminated at once and a fresh one is started when needed.

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { SopError } from '../../../shared/errors';
import type {
  JobArgs,
  JobFailure,
  JobKind,
  JobResults,
  RunOptions,
  WorkerMessage,
} from './protocol';
import { transferablesOf } from './protocol';
import { cancelledError } from './cancelled';
import type { JobRunner } from './runner';

/** Leaves a core for the thread that must keep answering; two at most (each may use ~1 GB). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, os.availableParallelism() - 1));
}

/** A worker past this heap ends with an out-of-memory error instead of taking the process down. */
const WORKER_HEAP_MB = 1_536;

type Task = {
  kind: JobKind;
  args: unknown[];
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

export class WorkerPool implements JobRunner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];

  constructor(
    private readonly file: string,
    private readonly size = defaultPoolSize(),
  ) {}

  run<K extends JobKind>(kind: K, args: JobArgs[K], options: RunOptions = {}) {
    return new Promise<JobResults[K]>((resolve, reject) => {
      if (options.signal?.aborted) return reject(cancelledError());
      const task: Task = { kind, args, options, resolve: resolve as Task['resolve'], reject };
      options.signal?.addEventListener('abort', () => this.cancel(task), { once: true });
      this.queue.push(task);
      this.pump();
    });
  }

  /** Ends every worker; pending jobs fail as cancelled. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(cancelledError());
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const task of this.busy.values()) task.reject(cancelledError());
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < this.size)) {
      const task = this.queue.shift() as Task;
      this.start(this.idle.pop() ?? this.spawn(), task);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.file, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onCrash(worker, error));
    worker.on('exit', (code) => this.onCrash(worker, new Error(`worker exited with ${code}`)));
    return worker;
  }

  private start(worker: Worker, task: Task): void {
    this.busy.set(worker, task);
    // A busy worker keeps the process alive until its job ends; an idle one does not.
    worker.ref();
    worker.postMessage({ kind: task.kind, args: task.args }, transferablesOf(task.args));
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const task = this.busy.get(worker);
    if (!task) return;
    if (message.type === 'progress') {
      task.options.onProgress?.(message.done, message.total);
      return;
    }
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (message.type === 'done') task.resolve(message.value);
    else task.reject(errorOf(message.failure));
    this.pump();
  }

  private onCrash(worker: Worker, error: unknown): void {
    this.forget(worker);
    const task = this.busy.get(worker);
    if (!task) return;
    this.busy.delete(worker);
    task.reject(crashError(error));
    this.pump();
  }

  private cancel(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      task.reject(cancelledError());
      return;
    }
    const worker = [...this.busy].find(([, running]) => running === task)?.[0];
    if (!worker) return;
    this.busy.delete(worker);
    this.forget(worker);
    // Rejected only once the thread has stopped, so the caller's cleanup (removing a partial
    // file) runs after the job's last write.
    void worker.terminate().finally(() => task.reject(cancelledError()));
    this.pump();
  }

  private forget(worker: Worker): void {
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    worker.removeAllListeners('exit');
  }
}

function errorOf(failure: JobFailure): Error {
  if (failure.sop) {
    return new SopError(failure.code as SopError['code'], failure.message, failure.detail);
  }
  return new Error(failure.text);
}

function crashError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new SopError(
      'file-too-large',
      'Pekerjaan ini memerlukan memori lebih dari yang tersedia. Bagi SOP atau bukunya menjadi bagian yang lebih kecil. (Out of memory.)',
      String(error),
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
