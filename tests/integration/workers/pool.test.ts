// The worker pool with the built worker script: results and typed errors cross back, progress
// arrives in order and ends at 100%, a cancel ends the job at once and the pool goes on.

import { afterAll, describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { WorkerPool } from '../../../electron/services/workers/pool';
import { corpusDocs, oneDoc, WORKER_FILE } from './helpers';

const pool = new WorkerPool(WORKER_FILE, 1);
afterAll(() => pool.close());

const pdfHead = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1');

describe('worker pool', () => {
  it('makes a PDF in a worker and reports progress in order, ending at 100%', async () => {
    const seen: Array<[number, number]> = [];
    const bytes = await pool.run('pdf:book', [corpusDocs(6), {}], {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(pdfHead(bytes)).toBe('%PDF-');
    expect(seen.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seen.every(([, total]) => total === 7)).toBe(true);
  });

  it('brings a typed error back with its Indonesian message', async () => {
    const failure = await pool
      .run('xlsx:import', [new Uint8Array([1, 2, 3, 4])])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SopError);
    expect((failure as SopError).code).not.toBe('internal');
  });

  it('ends a cancelled job at once, and the next job still runs', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const book = pool.run('pdf:book', [corpusDocs(60), {}], {
      signal: controller.signal,
      onProgress: (done) => {
        if (done !== 1) return;
        abortedAt = Date.now();
        controller.abort();
      },
    });
    await expect(book).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - abortedAt).toBeLessThan(500);
    const bytes = await pool.run('pdf:export', [oneDoc(), {}]);
    expect(pdfHead(bytes)).toBe('%PDF-');
  });

  it('queues jobs beyond its size and runs them all', async () => {
    const docs = corpusDocs(3);
    const results = await Promise.all(docs.map((doc) => pool.run('pdf:export', [doc])));
    expect(results.map(pdfHead)).toEqual(['%PDF-', '%PDF-', '%PDF-']);
  });

  it('fails a job cancelled while queued without running it', async () => {
    const controller = new AbortController();
    const first = pool.run('pdf:book', [corpusDocs(4), {}]);
    const queued = pool.run('pdf:book', [corpusDocs(4), {}], { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' });
    expect(pdfHead(await first)).toBe('%PDF-');
  });
});
