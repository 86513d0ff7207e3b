// A worker thread steps back for the thread that answers the window or the HTTP requests: on
// Linux every thread has its own nice value, so a heavy job yields the CPU to that thread first.

import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** Lower than the default 0; the job still gets every cycle nobody else wants. */
const WORKER_NICE = 10;

export function yieldToAnsweringThread(): void {
  if (process.platform !== 'linux') return;
  try {
    // /proc/thread-self links to /proc/<pid>/task/<this thread's id>.
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    os.setPriority(threadId, WORKER_NICE);
  } catch {
    // No /proc (a container without it): the job runs at the default priority.
  }
}
