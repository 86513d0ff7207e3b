// A new SOP from the organisation profile: its executor columns are the profile's roles, chosen
// and ordered in the new-SOP dialog (a role typed there joins the list); Pengaturan names the
// approving official and the working day the total time counts in; the logo box shows the whole
// picture. Each step is read back through the API.

import type { Page } from '@playwright/test';
import { formatMinutesRange, totalTime } from '../../shared/rules';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { pngBytes } from '../support/pictures';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ChecksPage } from './pages/checks-page';
import { GridPage } from './pages/grid-page';
import { LibraryPage } from './pages/library-page';
import { NewSopPage } from './pages/new-sop-page';
import { PreviewPage } from './pages/preview-page';
import { screenshot } from './pages/screenshots';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

/**
 * The one SOP of the library, read back through the API. The dialog closes as soon as the clerk
 * confirms and the SOP is stored just after, so this waits for it to arrive.
 */
async function onlySop(host: HostProcess) {
  await expect.poll(async () => (await callHost(host, 'library:list')).items.length).toBe(1);
  const { items } = await callHost(host, 'library:list');
  return (await callHost(host, 'library:open', items[0]?.id ?? '')).document;
}

async function openSettings(page: Page) {
  await new AppPage(page).headerButton('Pengaturan').click();
  return page.getByTestId('settings-dialog');
}

test('a new SOP takes its executor columns from the profile roles, chosen and ordered in one step', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const dialog = new NewSopPage(page);
  await app.open(host.url);
  const roles = await callHost(host, 'library:roles');
  expect(roles).toHaveLength(6);

  await library.root.getByTestId('new-sop').click();
  await expect(dialog.rows).toHaveCount(roles.length);
  await expect(dialog.createButton).toHaveText('Buat SOP');
  await dialog.tick('Kepala Dinas', 'Pelaksana/Staf', 'Kepala Seksi');
  await dialog.move('Kepala Seksi', 'kiri');
  await dialog.addOther('Bendahara Pengeluaran');
  expect(await dialog.columns()).toEqual([
    'Kepala Dinas',
    'Kepala Seksi',
    'Pelaksana/Staf',
    'Bendahara Pengeluaran',
  ]);
  await expect(dialog.row('Kepala Seksi')).toContainText('Kolom 2');
  await expect(dialog.createButton).toHaveText('Buat SOP dengan 4 kolom');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(dialog.dialog, `new-sop-dialog-${size.width}`, testInfo);
  }
  await dialog.create();

  // The SOP has those columns, in that order; the typed role joined the organisation's list.
  const doc = await onlySop(host);
  expect(doc.executors.map((e) => e.name)).toEqual([
    'Kepala Dinas',
    'Kepala Seksi',
    'Pelaksana/Staf',
    'Bendahara Pengeluaran',
  ]);
  expect(doc.steps).toEqual([]);
  expect(await callHost(host, 'library:roles')).toEqual([...roles, 'Bendahara Pengeluaran']);
  await app.tab('grid');
  await expect
    .poll(() => new GridPage(page).executorNames())
    .toEqual(['Kepala Dinas', 'Kepala Seksi', 'Pelaksana/Staf', 'Bendahara Pengeluaran']);

  // Baru in the editor's command bar opens the same dialog; Batal leaves the library as it was.
  await app.command('Baru').click();
  await expect(dialog.rows).toHaveCount(roles.length + 1);
  await dialog.dialog.getByRole('button', { name: 'Batal' }).click();
  expect((await callHost(host, 'library:list')).total).toBe(1);
});

test('Pengaturan names the approving official and the working day the total time counts in', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  const settings = await openSettings(page);
  const signer = settings.getByRole('group', { name: 'Pejabat yang mengesahkan' });
  await signer.getByLabel('Jabatan', { exact: true }).fill('KEPALA DINAS SOSIAL');
  await signer.getByLabel('Nama', { exact: true }).fill('Dra. SITI AMINAH');
  await signer.getByLabel('NIP', { exact: true }).fill('196206031985031016');
  await settings.getByLabel('Jam kerja per hari').fill('7.5');
  await expect(settings).toContainText('Total waktu menghitung 1 hari = 7,5 jam kerja.');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(settings, `settings-${size.width}`, testInfo);
  }
  await settings.getByTestId('settings-save').click();
  await expect(app.notices.filter({ hasText: 'Pengaturan tersimpan.' })).toBeVisible();
  const profile = await callHost(host, 'library:profile');
  expect(profile.approvedBy).toEqual({
    title: 'KEPALA DINAS SOSIAL',
    name: 'Dra. SITI AMINAH',
    nip: '19620603 198503 1 016',
  });
  expect(profile.workdayHours).toBe(7.5);

  // A new SOP is approved by that official; the total says how it counts a day.
  await library.newFromProfile(['Pelaksana/Staf']);
  const doc = await onlySop(host);
  expect(doc.identity.approvedBy.title).toBe('KEPALA DINAS SOSIAL');
  expect(doc.executors.map((e) => e.name)).toEqual(['Pelaksana/Staf']);
  const checks = new ChecksPage(page);
  await expect(checks.totalTime).toContainText('1 hari = 7,5 jam kerja');

  // An SOP whose times are in hours totals them in 7.5-hour days.
  const example = await callHost(host, 'document:sample');
  const sample = { ...example, steps: example.steps.map((step) => ({ ...step, time: '3 jam' })) };
  await callHost(host, 'library:import', sample, 'contoh.sop.json');
  await app.command('Buka').click();
  await library.open(sample.identity.name);
  const day = { hoursPerDay: 7.5 };
  const expected = formatMinutesRange(totalTime(sample, day), day);
  expect(expected).not.toBe(formatMinutesRange(totalTime(sample)));
  await expect(checks.totalTime).toContainText(expected);
  await expect(checks.totalTime).toContainText('1 hari = 7,5 jam kerja');
});

test('the logo box shows the whole picture, wide or tall', async ({ page, host }, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.newFromProfile();
  const preview = page.getByTestId('logo-preview');
  for (const [width, height] of [
    [60, 180],
    [300, 80],
  ] as const) {
    await page.getByTestId('logo-input').setInputFiles({
      name: 'lambang.png',
      mimeType: 'image/png',
      buffer: Buffer.from(pngBytes(width, height, [30, 90, 160])),
    });
    const image = preview.locator('img');
    await expect(image).toBeVisible();
    // The picture is drawn whole inside the box: scaled to fit, never cropped.
    const drawn = await image.evaluate((img: HTMLImageElement) => {
      const box = img.getBoundingClientRect();
      const frame = img.parentElement!.getBoundingClientRect();
      const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
      return {
        fit: getComputedStyle(img).objectFit,
        inside:
          box.left >= frame.left &&
          box.top >= frame.top &&
          box.right <= frame.right &&
          box.bottom <= frame.bottom,
        drawnWidth: img.naturalWidth * scale,
        drawnHeight: img.naturalHeight * scale,
        boxWidth: box.width,
        boxHeight: box.height,
      };
    });
    expect(drawn.fit).toBe('contain');
    expect(drawn.inside).toBe(true);
    expect(drawn.drawnWidth).toBeLessThanOrEqual(drawn.boxWidth + 0.5);
    expect(drawn.drawnHeight).toBeLessThanOrEqual(drawn.boxHeight + 0.5);
    await screenshot(preview, `logo-box-${width}x${height}`, testInfo);
  }
  await app.waitSaved();
  const doc = await onlySop(host);
  expect(doc.identity.logo?.mime).toBe('image/png');

  // The preview draws the wide logo in its proportions above the agency lines.
  await app.tab('preview');
  const picture = new PreviewPage(page).pages.first().locator('image');
  const box = await picture.evaluate((image) => ({
    width: Number(image.getAttribute('width')),
    height: Number(image.getAttribute('height')),
  }));
  expect(box.width / box.height).toBeCloseTo(300 / 80, 2);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `preview-wide-logo-${size.width}`, testInfo);
  }
});
