// The preview host over real HTTP: token, argument validation, static files and their guards.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../electron/services/api';
import { startHost } from '../../../electron/host/server';
import type { RunningHost } from '../../../electron/host/server';
import { decodeFromJson } from '../../../shared/api';

let host: RunningHost;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'sop-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: '9.9.9', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
  });
  host = await startHost({ handlers, rendererDir });
});

afterAll(async () => {
  await host.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function callApi(channel: string, body: unknown, token: string | null = host.token) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers['x-sop-token'] = token;
  return fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
}

describe('preview host API', () => {
  it('binds to loopback and prints the token only in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('answers a valid call with the handler result', async () => {
    const response = await callApi('app:info', { args: [] });
    expect(response.status).toBe(200);
    expect(decodeFromJson(await response.text())).toEqual({
      ok: true,
      value: { name: 'SOP AP Editor', version: '9.9.9', shell: 'preview' },
    });
  });

  it('rejects a request without the token, and one with a wrong token', async () => {
    const missing = await callApi('app:info', { args: [] }, null);
    expect(missing.status).toBe(401);
    const wrong = await callApi('app:info', { args: [] }, 'x'.repeat(host.token.length));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('token tidak sah');
  });

  it('rejects malformed arguments before the handler runs', async () => {
    const response = await callApi('document:parse', { args: [42] });
    const body = decodeFromJson(await response.text()) as { ok: boolean; error: { code: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid-argument');
    const extra = await callApi('app:info', { args: ['unexpected'] });
    expect(((await extra.json()) as { ok: boolean }).ok).toBe(false);
  });

  it('rejects an unknown channel and a body that is not JSON', async () => {
    const unknown = await callApi('fs:readAnything', { args: ['/etc/passwd'] });
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      'invalid-argument',
    );
    const broken = await fetch(`${host.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'x-sop-token': host.token },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });

  it('turns a document error into its Indonesian message', async () => {
    const text = JSON.stringify({ format: 'sop-ap', version: 99 });
    const body = (await (await callApi('document:parse', { args: [text] })).json()) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(body).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
    expect(body.error.message).toContain('versi 99');
  });

  it('serves the renderer with the CSP and refuses paths outside its folder', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escaped = await rawGet('/..%2f..%2fetc%2fpasswd');
    expect([403, 404]).toContain(escaped.status);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await rawGet('/', 'evil.example:80');
    expect(response.status).toBe(403);
  });
});

function rawGet(pathname: string, hostHeader?: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        headers: hostHeader ? { host: hostHeader } : {},
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
