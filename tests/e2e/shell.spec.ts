// The app shell: who it is, the example SOP read through the API, the language switch, help,
// unsaved-work protection, and the refusal without the preview token.

import { arimoMeasurer, defaultLayoutSettings, layoutSop } from '../../shared/layout';
import { callHost } from '../support/host-api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';

test('the header shows the app name and version, and Tentang says what it is', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await expect(app.title).toContainText('SOP AP Editor');
  await expect(app.version).toContainText(/versi \d+\.\d+\.\d+/);
  await app.headerButton('Tentang').click();
  await expect(page.getByTestId('about-panel')).toContainText('PANRB');
});

test('in a small window the editor header gives the SOP name the room of the app title', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new LibraryPage(page).openSample();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(app.title).toBeVisible();
  const wide = (await app.sopName.boundingBox())?.width ?? 0;
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(app.title).toBeHidden();
  // "Pembinaan KELANA" is shown whole, not cut to "Pembinaan ...".
  await expect
    .poll(() => app.sopName.evaluate((h1) => h1.scrollWidth <= h1.clientWidth))
    .toBe(true);
  expect((await app.sopName.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(wide * 0.9);
  // The library keeps the app's name: there is room, and nothing else names the window.
  await app.command('Buka').click();
  await expect(app.title).toBeVisible();
});

test('the example SOP is read through the API and opens in the editor', async ({ page, host }) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  const sample = await callHost(host, 'document:sample');
  await library.openSample();
  await expect(app.sopName).toHaveText('Pembinaan KELANA');
  // Every step of the example is in the grid (two header rows above them).
  await expect(page.getByTestId('flowchart-grid').locator('[role="grid"]')).toHaveAttribute(
    'aria-rowcount',
    String(sample.steps.length + 2),
  );
  await app.command('Buka').click();
  await expect(library.row('Pembinaan KELANA')).toHaveCount(1);
});

test('the interface switches to English and back', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('library-empty')).toContainText('No SOPs yet');
  await page.getByTestId('language').selectOption('id');
  await expect(page.getByTestId('library-empty')).toContainText('Belum ada SOP');
});

test('Bantuan opens on the guide, with pictures of the app, and lists the shortcuts', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await app.headerButton('Bantuan').click();
  const help = page.getByTestId('help-panel');
  const guide = help.getByTestId('guide');
  await expect(guide.getByRole('heading', { name: 'Lima simbol dan kapan dipakai' })).toBeVisible();
  // Command tokens are filled from the command table; none is left raw.
  await expect(guide).toContainText('Urungkan (Ctrl+Z)');
  await expect(guide).not.toContainText('{cmd:');
  await expect(guide).not.toContainText('{key:');
  const pictures = guide.locator('img');
  expect(await pictures.count()).toBeGreaterThanOrEqual(4);
  for (const picture of await pictures.all()) {
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(400);
  }
  await page.getByTestId('language').selectOption('en');
  await expect(guide.getByRole('heading', { name: 'Decisions and their exits' })).toBeVisible();
  await page.getByTestId('language').selectOption('id');

  await help.getByTestId('help-tab-keys').click();
  await expect(help.getByRole('row', { name: /Urungkan/ })).toContainText('Ctrl+Z');
  await expect(help.getByRole('row', { name: /Sisipkan langkah di bawah/ })).toContainText(
    'Ctrl+Enter',
  );
  await expect(help.getByRole('row', { name: /Atur arah keputusan/ })).toContainText('Ctrl+K');
  await expect(help.getByRole('row', { name: /Jadikan kegiatan bersama/ })).toContainText('B');
  await expect(help.getByRole('row', { name: /kegiatan bersama\)/ })).toContainText(
    'Ctrl+klik / Alt+klik',
  );
});

test('leaving with unsaved edits asks first', async ({ page, host }) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const identity = new IdentityPage(page);
  await app.open(host.url);
  await library.newFromProfile();
  await identity.field('Nama SOP').fill('SOP yang belum tersimpan');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('Cetak hands every page of the SOP, at its paper size, to the browser print', async ({
  page,
  host,
}) => {
  // The print dialog cannot be driven here: record what is on the page when it is called.
  await page.addInitScript(() => {
    window.print = () => {
      const pages = document.querySelectorAll('.app-print-page svg').length;
      const size = [...document.querySelectorAll('.app-print style')].map((s) => s.textContent);
      document.body.dataset.printed = JSON.stringify({ pages, size });
    };
  });
  const app = new AppPage(page);
  const sample = await callHost(host, 'document:sample');
  const pages = layoutSop(sample, defaultLayoutSettings(sample), arimoMeasurer).pages.length;
  await app.open(host.url);
  await new LibraryPage(page).openSample();
  await app.tab('preview');
  await expect(page.getByTestId('preview-page')).toHaveCount(pages);
  await app.command('Cetak').click();
  await expect(page.locator('body[data-printed]')).toHaveCount(1);
  const printed = JSON.parse((await page.locator('body').getAttribute('data-printed')) ?? '{}') as {
    pages: number;
    size: string[];
  };
  expect(printed.pages).toBe(pages);
  expect(printed.size.join('')).toContain('size: 330.0mm 215.0mm');
  await expect(page.getByTestId('print-pages')).toHaveCount(0);
});

test('without the token in the address the API refuses and the page says so', async ({
  page,
  host,
}) => {
  await page.goto(host.origin + '/');
  await expect(page.getByRole('alert')).toContainText('token tidak sah');
});
