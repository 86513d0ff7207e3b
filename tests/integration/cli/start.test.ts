// `npm start` on a machine without the Electron runtime: one line saying so, then the preview URL,
// and the page it serves answers.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';

// Where the Electron runtime is installed, `npm start` opens the desktop window instead.
function electronInstalled(): boolean {
  try {
    return typeof createRequire(import.meta.url)('electron') === 'string';
  } catch {
    return false;
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sop-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start without the Electron runtime', () => {
  it.skipIf(electronInstalled())(
    'prints that the runtime is missing, then a loopback URL that serves the editor',
    async () => {
      const child = spawn(process.execPath, ['scripts/start.mjs', '--data-dir', dataDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const output = await new Promise<string>((resolve, reject) => {
          let text = '';
          const timer = setTimeout(() => reject(new Error(`no URL printed:\n${text}`)), 120_000);
          const onData = (chunk: Buffer) => {
            text += chunk.toString();
            if (/#token=[\w-]+/.test(text)) {
              clearTimeout(timer);
              resolve(text);
            }
          };
          child.stdout.on('data', onData);
          child.stderr.on('data', onData);
        });
        expect(output).toContain('Runtime Electron tidak tersedia');
        const url = /(http:\/\/127\.0\.0\.1:\d+)\/#token=/.exec(output)?.[1];
        expect(url).toBeDefined();
        const page = await fetch(`${url}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root"></div>');
      } finally {
        child.kill('SIGTERM');
      }
    },
    150_000,
  );
});
