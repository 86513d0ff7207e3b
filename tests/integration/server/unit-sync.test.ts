// The unit side's channels through the one dispatcher, over a real library and a throw-away
// server: statuses, Kirim ke Biro with a job id, Tarik pembaruan, bad arguments refused; and the
// outbox the host sends on its own once the server takes the login, stopped with the library.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SopDocument } from '../../../shared/model';
import type { LocalServerStatus, PublishOutcome } from '../../../shared/model/server';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { LibrarySession } from '../../../electron/services/library/session';
import { withServer } from '../../../electron/services/server/connection';
import { reviewSop } from '../../../electron/services/server/register';
import { startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
const folders: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => {
  server?.cluster.remove();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function api(outboxEveryMs?: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-unit-sync-'));
  folders.push(dataDir);
  const session = new LibrarySession(dataDir, { dailyBackup: false });
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
    library: session,
    ...(outboxEveryMs === undefined ? {} : { outboxEveryMs }),
  });
  const call = async <T>(channel: string, ...args: unknown[]): Promise<T> => {
    const answer = await dispatch(handlers, channel, args, (line) => console.error(line));
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };
  const raw = (channel: string, ...args: unknown[]) =>
    dispatch(handlers, channel, args, () => undefined);
  return { call, raw, session };
}

type Api = ReturnType<typeof api>;

/** A library SOP from a corpus file (its import is revision 1) and one more revision; its id. */
async function savedSop(unit: Api, name: string): Promise<string> {
  const document = JSON.parse(
    fs.readFileSync('tests/fixtures/sops/03-pembentukan-poktan.sop.json', 'utf8'),
  ) as SopDocument;
  document.identity.name = name;
  const record = await unit.call<{ summary: { id: string } }>('library:import', document);
  await unit.call('library:saveRevision', record.summary.id, 'Revisi pertama');
  return record.summary.id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}

describe('unit side channels', () => {
  it('sends, reports the statuses and pulls the review', async () => {
    const unit = api();
    await unit.call('server:connect', server.unitA.url);
    const id = await savedSop(unit, 'Poktan A');
    const before = await unit.call<Record<string, LocalServerStatus>>('server:statuses');
    expect(before[id]).toMatchObject({ state: 'not-sent', unsent: 2 });

    const sent = await unit.call<PublishOutcome[]>('server:publish', [id], 'kirim-12345678');
    expect(sent).toEqual([
      { id, name: 'Poktan A', sent: 2, state: 'sent', message: 'dikirim 2 revisi' },
    ]);
    expect(await unit.call('job:status', 'kirim-12345678')).toEqual({ state: 'unknown' });
    expect(await unit.call('server:status', id)).toMatchObject({ state: 'submitted', unsent: 0 });

    await withServer({ url: server.bureau.url }, (client) =>
      reviewSop(client, id, 'accepted', 'Baik.'),
    );
    const pulled = await unit.call('server:pull', 'tarik-12345678');
    expect(pulled).toEqual({
      updated: [{ id, name: 'Poktan A', status: 'accepted' }],
      revisions: [],
    });
    expect(await unit.call('server:status', id)).toMatchObject({
      state: 'accepted',
      note: 'Baik.',
      reviewedBy: server.bureau.unit,
    });
  });

  it('refuses bad arguments, and says what to do without a server', async () => {
    const unit = api();
    expect(await unit.raw('server:publish', [])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await unit.raw('server:publish', 'some')).toMatchObject({ ok: false });
    expect(await unit.raw('server:pull', 'bad id!')).toMatchObject({ ok: false });
    expect(await unit.raw('server:status', '')).toMatchObject({ ok: false });
    expect(await unit.raw('server:pull')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('Pengaturan') },
    });
    expect(await unit.raw('server:statuses')).toMatchObject({ ok: true, value: {} });
  });

  it('sends the outbox on its own once the server takes the login, and stops with the library', async () => {
    const unit = api(50);
    const address = new URL(server.unitA.url);
    address.password = 'salah';
    await unit.raw('server:connect', address.toString());
    const id = await savedSop(unit, 'Poktan B');
    const refused = await unit.call<PublishOutcome[]>('server:publish', [id]);
    expect(refused[0]).toMatchObject({ state: 'failed' });
    expect(await unit.call('server:status', id)).toMatchObject({
      state: 'queued',
      lastMessage: refused[0]!.message,
    });

    await unit.call('server:connect', server.unitA.url);
    const status = await until(
      () => unit.call<LocalServerStatus>('server:status', id),
      (found) => found.state === 'submitted',
    );
    expect(status).toMatchObject({ state: 'submitted', unsent: 0, lastMessage: '' });

    // Every tick tries the outbox while the library is open; none after it closed.
    const library = unit.session.get();
    let tries = 0;
    const send = library.sendOutbox.bind(library);
    library.sendOutbox = (target) => {
      tries++;
      return send(target);
    };
    await until(
      () => Promise.resolve(tries),
      (count) => count >= 2,
    );
    expect(tries).toBeGreaterThanOrEqual(2);
    unit.session.close();
    const atClose = tries;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tries).toBe(atClose);
  });
});
