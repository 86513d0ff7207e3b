// The worker thread's entry (bundled as sop-worker.cjs next to the host and the desktop main):
// runs one job per request and answers with progress messages and then its result or failure.

import { parentPort } from 'node:worker_threads';
import { isSopError } from '../../../shared/errors';
import { runJob } from './jobs';
import { yieldToAnsweringThread } from './priority';
import { transferablesOf } from './protocol';
import type { JobFailure, JobRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('sop-worker runs only as a worker thread');
yieldToAnsweringThread();

function failureOf(error: unknown): JobFailure {
  if (isSopError(error)) {
    return { sop: true, code: error.code, message: error.message, detail: error.detail };
  }
  return {
    sop: false,
    text: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

port.on('message', (request: JobRequest) => {
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  runJob(request.kind, request.args, (done, total) => send({ type: 'progress', done, total }))
    .then((value) => send({ type: 'done', value }, transferablesOf([value])))
    .catch((error: unknown) => send({ type: 'failed', failure: failureOf(error) }));
});
