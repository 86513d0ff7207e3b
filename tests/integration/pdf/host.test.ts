// pdf:export over the preview host's loopback HTTP: the PDF bytes survive the JSON transport.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { createApiHandlers } from '../../../electron/services/api';
import { decodeFromJson } from '../../../shared/api';
import { parseSopJson } from '../../../shared/model';
import { pdfInfo, writeTemp } from './poppler';

let host: RunningHost;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'sop-pdf-host-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: '0', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
  });
  host = await startHost({ handlers, rendererDir });
});

afterAll(async () => {
  await host.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('pdf:export over HTTP', () => {
  it('returns a readable PDF of the document', async () => {
    const doc = parseSopJson(
      readFileSync(path.resolve('tests/fixtures/sops/02-jambore-imp.sop.json'), 'utf8'),
    );
    const response = await fetch(`${host.origin}/api/pdf:export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sop-token': host.token },
      body: JSON.stringify({ args: [doc, { paper: 'Legal' }] }),
    });
    expect(response.status).toBe(200);
    const body = decodeFromJson(await response.text()) as { ok: boolean; value: Uint8Array };
    expect(body.ok).toBe(true);
    expect(body.value).toBeInstanceOf(Uint8Array);
    const info = pdfInfo(writeTemp(body.value, 'host'));
    expect(Math.round(info.width)).toBe(1008);
    expect(info.title).toBe(doc.identity.name);
  });
});
