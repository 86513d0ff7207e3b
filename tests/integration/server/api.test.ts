// The server channels through the one dispatcher, over a real library and a throw-away server:
// the connection stored without its password, the password kept by the secret store, the
// register as a bureau and as a unit, and bad arguments refused before a handler runs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { LibrarySession } from '../../../electron/services/library/session';
import {
  keychainSecretStore,
  memorySecretStore,
  type SecretStore,
} from '../../../electron/services/server/secret-store';
import { publishSop, startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
let sopId: string;
const folders: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  sopId = await publishSop(server.unitA.url, '01-pembinaan-kelana-katingan.sop.json', 'Kelana');
}, 60_000);
afterAll(() => {
  server?.cluster.remove();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function api(secrets: SecretStore = memorySecretStore()) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-server-api-'));
  folders.push(dataDir);
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
    library: new LibrarySession(dataDir, { dailyBackup: false }),
    secrets,
  });
  const call = (channel: string, ...args: unknown[]) =>
    dispatch(handlers, channel, args, (line) => console.error(line));
  return { call, dataDir };
}

describe('server channels', () => {
  it('stores the URL without its password and connects with the kept one', async () => {
    const { call, dataDir } = api();
    const connected = await call('server:connect', server.unitA.url);
    expect(connected).toMatchObject({
      ok: true,
      value: { unit: 'Dinas Kesehatan', bureau: false, passwordStored: true },
    });
    const password = new URL(server.unitA.url).password;
    const stored = await call('server:settings');
    expect(stored.ok && (stored.value as { url: string }).url).not.toContain(password);
    const library = fs.readFileSync(
      path.join(
        dataDir,
        fs.readdirSync(dataDir).find((f) => f.endsWith('.sqlite'))!,
      ),
    );
    expect(library.includes(Buffer.from(password))).toBe(false);
    const page = await call('server:register', {});
    expect(page).toMatchObject({ ok: true, value: { total: 1, bureau: false } });
  });

  it('keeps the keychain-encrypted password in a file, never the plain text', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-secret-'));
    folders.push(folder);
    const file = path.join(folder, 'kunci');
    const cipher = {
      encrypt: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decrypt: (bytes: Buffer) => Buffer.from(bytes).reverse().toString('utf8'),
    };
    const store = keychainSecretStore(file, cipher);
    store.write('rahasia-sekali');
    expect(fs.readFileSync(file).includes(Buffer.from('rahasia-sekali'))).toBe(false);
    expect(keychainSecretStore(file, cipher).read()).toBe('rahasia-sekali');
    store.clear();
    expect(store.read()).toBeUndefined();
  });

  it('lets the bureau review and refuses a unit', async () => {
    const bureau = api();
    await bureau.call('server:connect', server.bureau.url);
    const reviewed = await bureau.call('server:review', sopId, 'returned', 'Perbaiki langkah 2.');
    expect(reviewed).toMatchObject({
      ok: true,
      value: { status: 'returned', reviewNote: 'Perbaiki langkah 2.' },
    });
    const unit = api();
    await unit.call('server:connect', server.unitB.url);
    const refused = await unit.call('server:review', sopId, 'accepted', '');
    expect(refused).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('refuses bad arguments and a missing server with a message', async () => {
    const { call } = api();
    // An address typed without postgres:// is named with how to write it, not as a broken call.
    for (const typed of ['http://x', '192.168.1.10/sop']) {
      expect(await call('server:connect', typed)).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-argument',
          message: expect.stringMatching(/diawali postgres:\/\//),
        },
      });
    }
    expect(await call('server:review', 'not-a-uuid', 'accepted', '')).toMatchObject({ ok: false });
    expect(await call('server:register', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
