// Cadangan pustaka and Impor .sop.json of many files, as a clerk does them: several files picked
// at once come in together (a broken one is named), the library is backed up to a file and
// restored from it, and an automatic copy is restored; each step is checked through the API.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeSop } from '../../shared/model';
import { corpusDocs } from '../integration/workers/helpers';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { launchHost } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';

const names = async (host: HostProcess) =>
  (await callHost(host, 'library:list', { limit: 1000 })).items.map((item) => item.name).sort();

test('many .sop.json at once, then Cadangkan and Pulihkan', async ({ page, host }, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await app.open(host.url);

  const files = corpusDocs(5).map((doc, i) => ({
    name: `sop-${i + 1}.sop.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeSop(doc)),
  }));
  files.push({ name: 'rusak.sop.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.getByTestId('library-import-input').first().setInputFiles(files);
  await expect(app.notices.filter({ hasText: '5 dari 6 berkas diimpor; 1 gagal' })).toContainText(
    'rusak.sop.json',
  );
  const imported = await names(host);
  expect(imported).toHaveLength(5);
  await expect(library.rows).toHaveCount(5);

  await page.getByTestId('show-backups').click();
  const dialog = page.getByTestId('backup-dialog');
  await expect(dialog.getByTestId('automatic-copies')).toContainText('Salinan harian');
  const download = page.waitForEvent('download');
  await dialog.getByTestId('backup-now').click();
  const backup = path.join(testInfo.outputDir, 'cadangan.sqlite');
  await (await download).saveAs(backup);
  await expect(app.notices.filter({ hasText: 'Cadangan pustaka disimpan' })).toBeVisible();
  expect(readFileSync(backup).subarray(0, 15).toString()).toBe('SQLite format 3');

  // Something changes after the backup; restoring the file takes it back.
  const first = (await callHost(host, 'library:list')).items[0]!;
  await callHost(host, 'library:moveToBin', first.id);
  expect(await names(host)).toHaveLength(4);
  await dialog.getByTestId('restore-file-input').setInputFiles(backup);
  await expect(
    app.notices.filter({ hasText: 'Pustaka dipulihkan dari "cadangan.sqlite"' }),
  ).toBeVisible();
  expect(await names(host)).toEqual(imported);
  await expect(dialog.getByTestId('automatic-copies')).toContainText('Sebelum pemulihan');
  await page.screenshot({ path: testInfo.outputPath('backup-dialog.png') });

  // The copy taken before that restore brings back the library as it was then (4 SOPs).
  await dialog
    .getByTestId('automatic-copies')
    .getByRole('row')
    .filter({ hasText: 'Sebelum pemulihan' })
    .getByRole('button', { name: 'Pulihkan' })
    .click();
  await expect(app.notices.filter({ hasText: 'Pustaka dipulihkan dari' }).last()).toBeVisible();
  await expect.poll(async () => (await names(host)).length).toBe(4);
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(library.rows).toHaveCount(4);
});

test('a daily backup that cannot be made is said on the library screen', async ({ page }) => {
  // A file where the backup folder should be: the daily copy fails, the library still works.
  const host = await launchHost([], (dataDir) =>
    writeFileSync(path.join(dataDir, 'cadangan'), 'bukan folder'),
  );
  try {
    await new AppPage(page).open(host.url);
    await expect(page.getByTestId('library-backup-problem')).toContainText(
      'Cadangan harian tidak dapat dibuat',
    );
    await page.getByTestId('new-empty-sop').click();
    await expect.poll(async () => (await callHost(host, 'library:list')).total).toBe(1);
  } finally {
    await host.stop();
  }
});
