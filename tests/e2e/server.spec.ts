// The organisation server in the app, against a throw-away PostgreSQL: Uji koneksi, the bureau's
// review and decree through the register, and a unit's read-only register; every outcome read
// back from the server (or the host's API), not only from the screen.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DateInputPage } from './pages/date-input';
import { RegisterPage, ServerSettingsPage } from './pages/register-page';
import { screenshot } from './pages/screenshots';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import {
  publishSop,
  startTestServer,
  withoutPassword,
  type TestServer,
} from '../support/test-server';
import { asLogin } from '../support/server-register';
import { pdfText } from '../integration/pdf/poppler';

let server: TestServer;
const sops: Record<string, string> = {};

test.beforeAll(async () => {
  server = await startTestServer();
  const a = server.unitA.url;
  sops.kelana = await publishSop(a, '01-pembinaan-kelana-katingan.sop.json', 'Pembinaan Kelana');
  sops.jambore = await publishSop(a, '02-jambore-imp.sop.json', 'Jambore IMP');
  sops.poktan = await publishSop(a, '03-pembentukan-poktan.sop.json', 'Pembentukan Poktan');
  sops.anjab = await publishSop(a, '04-penyusunan-analisis-jabatan.sop.json', 'Analisis Jabatan');
});
test.afterAll(() => server?.cluster.remove());

/** Opens the app and connects it to the server with `url` through Pengaturan. */
async function connectAs(page: Page, host: HostProcess, url: string): Promise<ServerSettingsPage> {
  await new AppPage(page).open(host.url);
  const settings = new ServerSettingsPage(page);
  await settings.open();
  const { address, password } = withoutPassword(url);
  await settings.connect(address, password);
  return settings;
}

async function registerRow(sopId: string) {
  return asLogin(server.cluster.adminUrl, async (client) => {
    const found = await client.query<{ status: string; review_note: string; reviewed_by: string }>(
      'SELECT status, review_note, reviewed_by FROM sop.sops WHERE id = $1',
      [sopId],
    );
    return found.rows[0]!;
  });
}

/** The decree with this number as the server keeps it: its date (ISO) and its SOPs in order. */
async function decreeOnServer(number: string) {
  return asLogin(server.cluster.adminUrl, async (client) => {
    const found = await client.query<{ date: string; id: string; numeral: string; status: string }>(
      `SELECT to_char(k.date, 'YYYY-MM-DD') AS date, s.id, d.numeral, s.status
       FROM sop.decree_sops d JOIN sop.decrees k ON k.id = d.decree_id
       JOIN sop.revisions r ON r.id = d.revision_id JOIN sop.sops s ON s.id = r.sop_id
       WHERE k.number = $1 ORDER BY d.position`,
      [number],
    );
    return found.rows;
  });
}

async function decreeCount(): Promise<number> {
  return asLogin(server.cluster.adminUrl, async (client) => {
    const found = await client.query<{ count: string }>('SELECT count(*) FROM sop.decrees');
    return Number(found.rows[0]!.count);
  });
}

test('Uji koneksi shows the unit, keeps the password out of the library and says why it fails', async ({
  page,
  host,
}, testInfo) => {
  const { address, password } = withoutPassword(server.unitA.url);
  const settings = new ServerSettingsPage(page);
  await new AppPage(page).open(host.url);
  await settings.open();
  await settings.connect(address, 'salah-sandi');
  await expect(settings.outcome).toContainText('ditolak: nama login atau kata sandi salah');

  await settings.connect(address, password);
  await expect(settings.outcome).toHaveText('Terhubung sebagai unit "Dinas Kesehatan".');
  await expect(settings.section.getByTestId('server-password-note')).toContainText(
    'hanya diingat selama program berjalan',
  );
  const stored = await callHost(host, 'server:settings');
  expect(stored).toEqual({
    url: address,
    unit: 'Dinas Kesehatan',
    bureau: false,
    passwordStored: true,
    passwordKeeping: 'memory',
  });
  // Nothing in the data folder holds the password.
  for (const file of readdirSync(host.dataDir, { recursive: true }) as string[]) {
    const full = path.join(host.dataDir, file);
    if (!/\.(sqlite|db|json|kunci)/.test(file)) continue;
    expect(readFileSync(full).includes(Buffer.from(password)), file).toBe(false);
  }
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await settings.section.scrollIntoViewIfNeeded();
    await screenshot(page, `server-settings-${size.width}x${size.height}`, testInfo);
  }

  await settings.section.getByTestId('server-forget').click();
  expect((await callHost(host, 'server:settings')).url).toBe('');
  expect((await callHost(host, 'server:settings')).passwordStored).toBe(false);
});

test('the bureau returns an SOP with a note and accepts another; the server has both', async ({
  page,
  host,
}, testInfo) => {
  const settings = await connectAs(page, host, server.bureau.url);
  await expect(settings.outcome).toContainText('(Bagian Organisasi)');
  await settings.close();
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.row('Pembinaan Kelana')).toBeVisible();

  await register.row('Pembinaan Kelana').getByTestId('register-review').click();
  await register.reviewDialog.getByTestId('review-return').click();
  await expect(register.reviewDialog.getByTestId('review-problem')).toContainText('perlu catatan');
  await register.reviewDialog.getByTestId('review-note').fill('Lengkapi waktu pada langkah 3.');
  await register.reviewDialog.getByTestId('review-return').click();
  await expect(register.reviewDialog).toHaveCount(0);
  await expect(register.row('Pembinaan Kelana').getByTestId('register-status')).toHaveText(
    'dikembalikan',
  );
  expect(await registerRow(sops.kelana!)).toEqual({
    status: 'returned',
    review_note: 'Lengkapi waktu pada langkah 3.',
    reviewed_by: server.bureau.unit,
  });

  await register.row('Jambore IMP').getByTestId('register-review').click();
  await register.reviewDialog.getByTestId('review-accept').click();
  await expect(register.row('Jambore IMP').getByTestId('register-status')).toHaveText('diterima');
  expect((await registerRow(sops.jambore!)).status).toBe('accepted');

  // The status filter asks the server: only the returned SOP is listed.
  await register.view.getByTestId('register-status-filter').selectOption('returned');
  await expect(register.rows).toHaveCount(1);
  await expect(register.rows.first()).toContainText('Lengkapi waktu pada langkah 3.');
  await register.view.getByTestId('register-status-filter').selectOption('');
  await expect(register.rows).toHaveCount(4);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-bureau-${size.width}x${size.height}`, testInfo);
  }
});

test('the bureau records the decree of accepted SOPs and saves its book', async ({
  page,
  host,
}, testInfo) => {
  await connectAs(page, host, server.bureau.url);
  await callHost(host, 'server:review', sops.poktan!, 'accepted', '');
  await callHost(host, 'server:review', sops.anjab!, 'accepted', '');
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Tutup' }).click();
  const register = new RegisterPage(page);
  await register.open();
  await register.row('Pembentukan Poktan').getByTestId('register-select').check();
  await register.row('Analisis Jabatan').getByTestId('register-select').check();
  await register.view.getByTestId('register-decree').click();
  const dialog = register.decreeDialog;
  await expect(dialog.getByTestId('decree-numeral').nth(0)).toHaveValue('I');
  await expect(dialog.getByTestId('decree-numeral').nth(1)).toHaveValue('II');
  const date = new DateInputPage(page, dialog, 'Tanggal keputusan');
  await dialog.getByTestId('decree-number').fill('188.4/12/2026');
  await dialog.getByTestId('decree-title').fill('SOP Administrasi Pemerintahan Dinas Kesehatan');
  await dialog.getByTestId('decree-numeral').nth(1).fill('IIA');

  // A day February does not have is named, and nothing reaches the server.
  const before = await decreeCount();
  await date.type('31 Februari 2026');
  await dialog.getByTestId('decree-record').click();
  await expect(dialog.getByTestId('decree-date-problem')).toHaveText(
    '31 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.',
  );
  await expect(date.input).toHaveAttribute('aria-invalid', 'true');
  await screenshot(dialog, 'register-decree-unreadable-date', testInfo);
  await expect(dialog).toBeVisible();
  expect(await decreeCount()).toBe(before);
  expect(await decreeOnServer('188.4/12/2026')).toEqual([]);
  expect((await registerRow(sops.poktan!)).status).toBe('accepted');

  // Typed day first, the Indonesian way; shown back as read once the field is left.
  await date.type('04/03/2026');
  await expect(date.input).toHaveValue('4 Maret 2026');
  await expect(dialog.getByTestId('decree-date-problem')).toHaveCount(0);
  await screenshot(page, 'register-decree-1366x800', testInfo);
  await dialog.getByTestId('decree-record').click();
  await expect(dialog).toHaveCount(0);

  expect(await decreeOnServer('188.4/12/2026')).toEqual([
    { date: '2026-03-04', id: sops.poktan, numeral: 'I', status: 'set' },
    { date: '2026-03-04', id: sops.anjab, numeral: 'IIA', status: 'set' },
  ]);
  await expect(register.row('Analisis Jabatan')).toContainText(
    '188.4/12/2026 tgl. 4 Maret 2026, LAMPIRAN IIA',
  );

  const download = page.waitForEvent('download');
  await register.row('Analisis Jabatan').getByTestId('register-book').click();
  const saved = await download;
  const file = await saved.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
  // The book as printed: the decree's own numerals on the contents page and atop each SOP.
  const contents = pdfText(file, 1);
  expect(contents).toMatch(/LAMPIRAN I Pembentukan Poktan .* LAMPIRAN IIA Analisis Jabatan/);
  const text = pdfText(file);
  expect(text).toMatch(
    /LAMPIRAN IIA KEPUTUSAN NOMOR 188\.4\/12\/2026 TANGGAL 4 Maret 2026 TENTANG SOP ADMINISTRASI PEMERINTAHAN DINAS KESEHATAN/,
  );
  expect(text).toContain('pada tanggal 4 Maret 2026');
  expect(text).not.toMatch(/LAMPIRAN II(?!A)/);
});

test('the bureau picks the decree date from the calendar, in the dialog, and the server keeps it as ISO', async ({
  page,
  host,
}, testInfo) => {
  const sopId = await publishSop(server.unitA.url, '08-rencana-kerja-tahunan.sop.json', 'Renja');
  await connectAs(page, host, server.bureau.url);
  await callHost(host, 'server:review', sopId, 'accepted', '');
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Tutup' }).click();
  const register = new RegisterPage(page);
  await register.open();
  await register.row('Renja').getByTestId('register-select').check();
  await register.view.getByTestId('register-decree').click();
  const dialog = register.decreeDialog;
  const date = new DateInputPage(page, dialog, 'Tanggal keputusan');
  await dialog.getByTestId('decree-number').fill('188.4/20/2026');

  // The calendar opens inside the dialog, takes the clicks, and Escape closes only the calendar.
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await date.calendarButton.click();
    await expect(dialog.getByTestId('calendar')).toBeVisible();
    await screenshot(page, `register-decree-calendar-${size.width}x${size.height}`, testInfo);
    await page.keyboard.press('Escape');
    await expect(date.calendar).toHaveCount(0);
    await expect(dialog).toBeVisible();
  }

  await date.pick('2026-01-15');
  await expect(date.input).toHaveValue('15 Januari 2026');
  await expect(date.calendar).toHaveCount(0);
  await dialog.getByTestId('decree-record').click();
  await expect(dialog).toHaveCount(0);

  expect(await decreeOnServer('188.4/20/2026')).toEqual([
    { date: '2026-01-15', id: sopId, numeral: 'I', status: 'set' },
  ]);
  const listed = await callHost(host, 'server:register', {});
  expect(listed.rows.find((row) => row.id === sopId)?.decreeDate).toBe('2026-01-15');
  await expect(register.row('Renja')).toContainText('188.4/20/2026 tgl. 15 Januari 2026');
});

test('a unit login reads the register without review or decree, and takes an SOP as a template', async ({
  page,
  host,
}, testInfo) => {
  const settings = await connectAs(page, host, server.unitB.url);
  await expect(settings.outcome).toHaveText('Terhubung sebagai unit "Kecamatan Selatan".');
  await settings.close();
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.row('Pembinaan Kelana')).toBeVisible();
  await expect(register.view.getByTestId('register-review')).toHaveCount(0);
  await expect(register.view.getByTestId('register-select')).toHaveCount(0);
  await expect(register.view.getByTestId('register-decree')).toHaveCount(0);
  await expect(register.view.getByTestId('register-book')).toHaveCount(0);
  // The server refuses a review from this login too, whatever the screen shows.
  await expect(callHost(host, 'server:review', sops.kelana!, 'accepted', '')).rejects.toThrow(
    /Bagian Organisasi/,
  );

  await register.search('jambore');
  await expect(register.rows).toHaveCount(1);
  await register.row('Jambore IMP').getByTestId('register-open').click();
  const published = page.getByTestId('published-dialog');
  await expect(published.locator('.app-published-page svg').first()).toBeVisible();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-published-${size.width}x${size.height}`, testInfo);
  }
  await page.keyboard.press('Escape');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-unit-${size.width}x${size.height}`, testInfo);
  }
  await register.row('Jambore IMP').getByTestId('register-template').click();
  await expect(page.getByTestId('sop-name')).toContainText('Jambore IMP');
  const listed = await callHost(host, 'library:list', {});
  expect(listed.items.map((item) => item.name)).toEqual(['Jambore IMP']);
});

test('the bureau ticks every accepted SOP at once, is told why the decree waits, and saves a book named by the decree', async ({
  page,
  host,
}, testInfo) => {
  const a = server.unitA.url;
  const festival = await publishSop(a, '11-festival-kampung-kb.sop.json', 'Festival Kampung KB');
  const alokon = await publishSop(a, '23-distribusi-alokon.sop.json', 'Distribusi Alokon');
  await publishSop(a, '22-pelayanan-kb-keliling.sop.json', 'KB Keliling');
  await connectAs(page, host, server.bureau.url);
  await callHost(host, 'server:review', festival, 'accepted', '');
  await callHost(host, 'server:review', alokon, 'accepted', '');
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Tutup' }).click();
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.row('KB Keliling')).toBeVisible();

  // Nothing ticked: Catat keputusan is off and says what to do first.
  const decreeButton = register.view.getByTestId('register-decree');
  await expect(decreeButton).toBeDisabled();
  await expect(decreeButton).toHaveAttribute(
    'title',
    'Centang dulu SOP berstatus diterima yang ditetapkan keputusan ini.',
  );
  // The column is the day the SOP was sent; the unit filter offers only units with SOPs.
  await expect(register.view.getByRole('columnheader', { name: 'Dikirim' })).toBeVisible();
  await expect(register.view.getByTestId('register-unit').locator('option')).toHaveText([
    'Semua unit',
    server.unitA.unit,
  ]);

  // The head's checkbox ticks exactly the accepted SOPs the server lists, and no other.
  const accepted = (await callHost(host, 'server:register', { status: 'accepted' })).rows;
  expect(accepted.map((row) => row.id)).toEqual(expect.arrayContaining([festival, alokon]));
  const selectAll = register.view.getByRole('checkbox', {
    name: 'Pilih semua SOP diterima yang tampil',
  });
  await selectAll.check();
  const ticked = register.view.getByTestId('register-select').and(page.locator(':checked'));
  await expect(ticked).toHaveCount(accepted.length);
  await expect(register.view.getByTestId('register-login')).toContainText(
    `${accepted.length} SOP diterima dipilih`,
  );
  await expect(decreeButton).toBeEnabled();
  await expect(decreeButton).not.toHaveAttribute('title');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-select-all-${size.width}x${size.height}`, testInfo);
  }
  // One unticked: the head shows some (half-ticked); ticked again, all of them.
  await register.row('Distribusi Alokon').getByTestId('register-select').uncheck();
  expect(await selectAll.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
  await selectAll.click();
  await expect(ticked).toHaveCount(accepted.length);
  expect(await selectAll.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(false);

  // The date is checked as soon as it is left: a day February lacks is not "unreadable".
  await decreeButton.click();
  const dialog = register.decreeDialog;
  await expect(dialog.getByTestId('decree-entry')).toHaveCount(accepted.length);
  const date = new DateInputPage(page, dialog, 'Tanggal keputusan');
  const problem = dialog.getByTestId('decree-date-problem');
  await date.type('31 Februari 2026');
  await expect(problem).toHaveText(
    '31 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.',
  );
  await expect(date.input).toHaveAttribute('aria-invalid', 'true');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-decree-no-such-day-${size.width}x${size.height}`, testInfo);
  }
  await date.type('Maret akhir');
  await expect(problem).toContainText('"Maret akhir" tidak terbaca');
  await date.type('4 Maret 2026');
  await expect(problem).toHaveCount(0);
  await expect(date.input).not.toHaveAttribute('aria-invalid');
  await dialog.getByTestId('decree-number').fill('188.4/45/KPTS/2026');
  await dialog.getByTestId('decree-title').fill('Standar Operasional Prosedur Dinas Kesehatan');
  await dialog.getByTestId('decree-record').click();
  await expect(dialog).toHaveCount(0);
  const set = await decreeOnServer('188.4/45/KPTS/2026');
  expect(set.map((row) => row.id).sort()).toEqual(accepted.map((row) => row.id).sort());
  expect(new Set(set.map((row) => `${row.date} ${row.status}`))).toEqual(
    new Set(['2026-03-04 set']),
  );

  // The book keeps the decree's number readable in its file name and heads each LAMPIRAN with
  // NOMOR, TANGGAL and TENTANG.
  const download = page.waitForEvent('download');
  await register.row('Festival Kampung KB').getByTestId('register-book').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Buku SOP keputusan 188.4-45-KPTS-2026.pdf');
  const text = pdfText(await saved.path());
  expect(text).toMatch(
    /LAMPIRAN I KEPUTUSAN NOMOR 188\.4\/45\/KPTS\/2026 TANGGAL 4 Maret 2026 TENTANG STANDAR OPERASIONAL PROSEDUR DINAS KESEHATAN/,
  );

  // Nothing found says what was looked for: SOPs sent to the bureau.
  await register.search('tidak-ada-sop-begini');
  await expect(register.rows).toHaveCount(0);
  await expect(register.view).toContainText('Belum ada SOP dikirim yang cocok.');
  await expect(selectAll).toBeDisabled();
});
