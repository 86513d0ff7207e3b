// The job channels through the dispatcher, with jobs run in-process (as from source): status while
// running, a cancel before or during the call, a job id in use, and bad ids refused.

import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { inlineRunner } from '../../../electron/services/workers/runner';
import { corpusDocs, newJobId } from './helpers';

const handlers = createApiHandlers({
  appInfo: { name: 'test', version: '0', shell: 'preview' },
  resourcesDir: '',
  jobs: inlineRunner,
});
const call = (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, () => {});

describe('job:status and job:cancel', () => {
  it('knows no job before it starts and after it ends', async () => {
    const id = newJobId();
    expect(await call('job:status', id)).toEqual({ ok: true, value: { state: 'unknown' } });
    const book = await call('pdf:book', corpusDocs(2), {}, id);
    expect(book.ok).toBe(true);
    expect(await call('job:status', id)).toEqual({ ok: true, value: { state: 'unknown' } });
  });

  it('fails a call whose cancel arrived first, and only that call', async () => {
    const id = newJobId();
    expect(await call('job:cancel', id)).toEqual({ ok: true, value: false });
    const cancelled = await call('pdf:export', corpusDocs(1)[0], {}, id);
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await call('pdf:export', corpusDocs(1)[0], {}, id)).ok).toBe(true);
  });

  it('cancels an in-process book between its steps', async () => {
    const id = newJobId();
    const book = call('pdf:book', corpusDocs(20), {}, id);
    expect(await call('job:cancel', id)).toEqual({ ok: true, value: true });
    expect(await book).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses a job id already running and ids that are not ids', async () => {
    const id = newJobId();
    const first = call('pdf:book', corpusDocs(3), {}, id);
    const second = await call('pdf:book', corpusDocs(1), {}, id);
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((await first).ok).toBe(true);
    for (const bad of ['', 'short', 'x'.repeat(65), '../etc/passwd', 42]) {
      expect(await call('job:status', bad)).toMatchObject({ ok: false });
      expect(await call('job:cancel', bad)).toMatchObject({ ok: false });
    }
  });
});
