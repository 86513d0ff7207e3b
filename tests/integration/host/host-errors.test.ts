// The preview host on odd requests and the library's private details: malformed
// percent-escapes answer 400, a request from a foreign Origin is refused, and no API result or
// message carries an absolute path or an internal file name.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { startHost } from '../../../electron/host/server';
import type { RunningHost } from '../../../electron/host/server';
import { LibrarySession } from '../../../electron/services/library/session';
import { decodeFromJson, encodeForJson } from '../../../shared/api';
import type { ApiResponse } from '../../../shared/api';
import type { BackupInfo } from '../../../shared/model/library';
import { CAN_MOUNT, MOUNT_SKIP_REASON, fillUp, tinyFileSystem } from '../../support/mounts';

let host: RunningHost;
let rendererDir: string;
let dataDir: string;
let session: LibrarySession;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'sop-renderer-'));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sop-host-data-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  session = new LibrarySession(dataDir);
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: '9.9.9', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
    library: session,
  });
  host = await startHost({ handlers, rendererDir });
});

afterAll(async () => {
  await host.close();
  session.close();
  rmSync(rendererDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

type Raw = { status: number; body: string };

function raw(method: string, pathname: string, headers: Record<string, string> = {}, body = '') {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method, path: pathname, headers },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function callApi(channel: string, args: unknown[], origin?: string): Promise<Raw> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-sop-token': host.token,
  };
  if (origin !== undefined) headers.origin = origin;
  return raw('POST', `/api/${channel}`, headers, encodeForJson({ args }));
}

async function value<T>(channel: string, args: unknown[] = []): Promise<ApiResponse<T>> {
  const response = await callApi(channel, args, host.origin);
  return decodeFromJson(response.body) as ApiResponse<T>;
}

describe('preview host on odd requests', () => {
  it('answers 400 to malformed percent-escapes, for files and for the API', async () => {
    expect(await raw('GET', '/%E0%A4%A')).toEqual({ status: 400, body: 'Alamat tidak sah.' });
    const api = await raw('POST', '/api/app%E0%A4%A', { 'x-sop-token': host.token });
    expect(api.status).toBe(400);
  });

  it('refuses a request from a foreign Origin, and serves its own', async () => {
    const foreign = await callApi('app:info', [], 'http://evil.example');
    expect(foreign).toEqual({ status: 403, body: 'Asal permintaan tidak diizinkan.' });
    expect((await raw('GET', '/', { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await callApi('app:info', [], host.origin)).status).toBe(200);
    expect((await callApi('app:info', [])).status).toBe(200);
  });
});

describe('backups over the API', () => {
  it('lists and restores backups by file name only, never by path', async () => {
    const backups = await value<BackupInfo[]>('library:backups');
    if (!backups.ok) throw new Error(backups.error.message);
    expect(backups.value.length).toBeGreaterThan(0);
    for (const info of backups.value) expect(info.file).toMatch(/^pustaka-harian-[\d-]+\.sqlite$/);
    const restored = await value<BackupInfo>('library:restoreBackup', [backups.value[0]!.file]);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.file).toMatch(/^pustaka-sebelum-pemulihan-[\w-]+\.sqlite$/);
    const outside = await value('library:restoreBackup', [
      path.join(dataDir, 'pustaka-sop.sqlite'),
    ]);
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('names the chosen file, not an internal staged one, when restored bytes are no backup', async () => {
    const result = await value('library:restoreBytes', [new Uint8Array(4096).fill(7)]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'corrupt',
        message:
          'Berkas yang dipilih bukan cadangan pustaka SOP yang utuh. Pustaka saat ini tidak diubah; pilih berkas cadangan lain.',
      },
    });
  });
});

describe('the API on a full disk', () => {
  it.skipIf(!CAN_MOUNT)(`answers disk-full with its message ${MOUNT_SKIP_REASON}`, async () => {
    const disk = tinyFileSystem(512);
    const full = new LibrarySession(path.join(disk.dir, 'data'), { dailyBackup: false });
    try {
      const handlers = createApiHandlers({
        appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
        resourcesDir: path.resolve('resources'),
        library: full,
      });
      const call = (channel: string, ...args: unknown[]) =>
        dispatch(handlers, channel, args, () => {});
      expect(await call('library:create')).toMatchObject({ ok: true });
      fillUp(disk.dir);
      let answer = await call('library:create');
      // The WAL may still have room for a few pages; a handful of documents fill it.
      for (let i = 0; i < 50 && answer.ok; i++) answer = await call('library:create');
      expect(answer).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect(answer.ok ? '' : answer.error.message).toMatch(/^Disk penuh: /);
    } finally {
      full.close();
      disk.release();
    }
  });
});
