// The real desktop app under Playwright's Electron driver: launch, create an SOP, export a PDF.
// Runs where the Electron runtime is installed (office PCs, developers' machines); elsewhere it
// is reported as skipped, with the reason.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';

function electronRuntime(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' ? binary : null;
  } catch {
    return null;
  }
}

const runtime = electronRuntime();

// Playwright requires an object pattern for a test that uses no fixture.
// eslint-disable-next-line no-empty-pattern
test('the desktop app starts, creates an SOP and exports its PDF', async ({}, testInfo) => {
  test.skip(
    runtime === null,
    'Runtime Electron tidak terpasang di mesin ini (unduhannya diblokir); uji ini berjalan di PC yang memilikinya.',
  );
  test.setTimeout(180_000);
  const { electronSqliteBinding } = await import('../../scripts/electron-native.mjs');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sop-electron-'));
  const app = await electron.launch({
    executablePath: runtime ?? undefined,
    args: ['.'],
    env: {
      ...process.env,
      SOP_DATA_DIR: dataDir,
      SOP_SQLITE_BINDING: electronSqliteBinding() ?? '',
    },
  });
  try {
    const window = await app.firstWindow();
    const shell = new AppPage(window);
    await expect(shell.title).toContainText('SOP AP Editor');
    await new LibraryPage(window).newFromProfile();
    await new IdentityPage(window).fill('Nama SOP', 'Uji Aplikasi Desktop');
    await shell.waitSaved();

    // The save dialog is native; answer it from the main process with a file in the temp folder.
    const pdfPath = path.join(dataDir, 'uji.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath });
    }, pdfPath);
    await shell.command('Ekspor PDF').click();
    await expect(shell.notices.filter({ hasText: 'PDF diekspor: uji.pdf' })).toHaveCount(1);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Uji Aplikasi Desktop');
    await testInfo.attach('desktop', { body: await window.screenshot(), contentType: 'image/png' });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
