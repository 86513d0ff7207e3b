// Long jobs in the browser: a book of many SOPs shows its progress bar, Batal cancels it, the
// notice says so and nothing is downloaded; a small bureau workbook runs to its end.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDocs } from '../integration/workers/helpers';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';

async function fillLibrary(host: HostProcess, count: number): Promise<void> {
  for (const doc of corpusDocs(count)) await callHost(host, 'library:import', doc);
}

test('a book of many SOPs shows its progress and Batal cancels it', async ({ page, host }) => {
  await fillLibrary(host, 40);
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await app.open(host.url);
  await expect(library.rows).toHaveCount(40);

  await library.exportListed('book');
  await expect(app.progress).toContainText('Membuat buku SOP (40 SOP)…');
  await expect(app.progress.getByRole('progressbar')).toBeVisible();
  await app.progress.getByRole('button', { name: 'Batal' }).click();

  await expect(app.notices.filter({ hasText: 'Dibatalkan' })).toBeVisible();
  await expect(app.progress).toBeHidden();
  expect(downloads).toBe(0);
});

test('a bureau workbook of a few SOPs runs to its end, each SOP carrying its library id', async ({
  page,
  host,
}, testInfo) => {
  await fillLibrary(host, 3);
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await expect(library.rows).toHaveCount(3);
  const download = page.waitForEvent('download');
  await library.exportListed('bureau');
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(app.notices.filter({ hasText: 'Berkas Excel diekspor' })).toBeVisible();
  await expect(app.progress).toBeHidden();

  // Returned by the bureau, the workbook says which SOP of the library each sheet pair is.
  const file = path.join(testInfo.outputDir, 'biro.xlsx');
  await (await download).saveAs(file);
  const listed = (await callHost(host, 'library:list')).items.map((s) => s.id);
  const reread = await callHost(host, 'xlsx:import', new Uint8Array(readFileSync(file)));
  expect(reread.sops.map((sop) => sop.library?.id).sort()).toEqual([...listed].sort());
});
