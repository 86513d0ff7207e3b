// The library screens: revision history with compare and restore, approval, duplicate, rename,
// the bin, .sop.json export and import (and a refused file), the organisation profile, Impor
// Excel and Impor PDF.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SopDocument } from '../../shared/model';
import { differences } from '../integration/xlsx-export/compare';
import { corpusDocs } from '../integration/workers/helpers';
import { isoTemplateWorkbook } from '../integration/xlsx/iso-template';
import { corpusDoc, scannedPdf } from '../integration/pdf-import/bad-pdfs';
import { comparable } from '../integration/pdf-read/compare';
import { asPrinted } from '../integration/pdf-read/print-losses';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';
import { PreviewPage } from './pages/preview-page';
import { screenshot } from './pages/screenshots';

test('revisions: save, compare with the draft, restore; then approve', async ({ page, host }) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const identity = new IdentityPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await app.open(host.url);
  await library.openSample();
  await expect(app.sopName).toHaveText('Pembinaan KELANA');
  await app.saveRevision('Revisi awal');
  await expect(app.notices.filter({ hasText: /Revisi \d+ tersimpan/ })).toBeVisible();

  await app.tab('identity');
  await identity.fill('Nama SOP', 'Pembinaan Kecamatan Layak Anak');
  await app.waitSaved();
  await app.command('Riwayat').click();
  const history = page.getByTestId('history-dialog');
  const first = history.getByTestId('revision').filter({ hasText: 'Revisi awal' });
  await expect(first).toHaveCount(1);
  await first.getByRole('button', { name: 'Bandingkan dengan draf' }).click();
  const diff = history.getByTestId('diff');
  await expect(diff.locator('del')).toContainText(['Pembinaan KELANA']);
  await expect(diff.locator('ins')).toContainText(['Pembinaan Kecamatan Layak Anak']);
  await first.getByRole('button', { name: 'Pulihkan revisi ini' }).click();
  await expect(app.sopName).toHaveText('Pembinaan KELANA');

  await app.command('Sahkan').click();
  await page.getByTestId('revision-note').fill('Disahkan Kepala Dinas');
  await page.getByTestId('revision-submit').click();
  await expect(app.notices.filter({ hasText: 'SOP disahkan' })).toBeVisible();
  await app.command('Buka').click();
  await page.getByTestId('filter-status').selectOption('approved');
  await expect(library.row('Pembinaan KELANA')).toContainText('Disahkan');
  await page.getByTestId('filter-status').selectOption('draft');
  await expect(library.rows).toHaveCount(0);
});

test('duplicate, rename, delete to the bin, restore and delete for good', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await app.open(host.url);
  await library.openSample();
  await app.command('Buka').click();

  await library.rowAction('Pembinaan KELANA', 'Gandakan');
  await expect(library.row('Pembinaan KELANA (salinan)')).toHaveCount(1);
  await library.rowAction('Pembinaan KELANA (salinan)', 'Ganti nama');
  const rename = page.getByRole('dialog', { name: 'Ganti nama SOP' });
  await rename.getByRole('textbox').fill('Pembinaan KELANA tahun 2025');
  await rename.getByRole('button', { name: 'Simpan' }).click();
  await expect(library.row('Pembinaan KELANA tahun 2025')).toHaveCount(1);

  await library.rowAction('Pembinaan KELANA tahun 2025', 'Hapus');
  await expect(app.notices.filter({ hasText: 'dipindahkan ke sampah' })).toBeVisible();
  await expect(library.rows).toHaveCount(1);
  await library.showBin();
  await expect(library.binRows).toHaveCount(1);
  await library.binRows.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(library.binRows).toHaveCount(0);
  await library.showBin();
  await expect(library.rows).toHaveCount(2);

  await library.rowAction('Pembinaan KELANA tahun 2025', 'Hapus');
  await library.showBin();
  await library.binRows.getByRole('button', { name: 'Hapus permanen' }).click();
  await expect(page.getByTestId('bin')).toContainText('Sampah kosong.');
});

test('.sop.json: export, import back as a new SOP, and a broken file is refused', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.openSample();

  const download = page.waitForEvent('download');
  await app.command('Ekspor .sop.json').click();
  const file = path.join(testInfo.outputDir, 'contoh.sop.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    identity: { name: string };
  };
  expect(exported.format).toBe('sop-ap');
  expect(exported.identity.name).toBe('Pembinaan KELANA');

  await app.command('Buka').click();
  await page.getByTestId('library-import-input').setInputFiles(file);
  await expect(app.notices.filter({ hasText: 'diimpor ke pustaka' })).toBeVisible();
  await expect(app.sopName).toHaveText('Pembinaan KELANA');
  await app.command('Buka').click();
  await expect(library.rows).toHaveCount(2);

  const before = await libraryIds(host);
  expect(before).toHaveLength(2);
  await page.getByTestId('library-import-input').setInputFiles({
    name: 'rusak.sop.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "bukan-sop", "version": 9}'),
  });
  // The refusal names the problem; nothing reaches the library.
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(
    'Berkas ini bukan dokumen SOP (format "sop-ap"). Pilih berkas .sop.json yang dibuat aplikasi ini.',
  );
  expect(await libraryIds(host)).toEqual(before);
  await expect(library.rows).toHaveCount(2);
});

test('the organisation profile fills new SOPs', async ({ page, host }) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const identity = new IdentityPage(page);
  await app.open(host.url);
  await app.headerButton('Pengaturan').click();
  const settings = page.getByTestId('settings-dialog');
  await settings.getByLabel('Pemerintah', { exact: true }).fill('PEMERINTAH KOTA BEKASI');
  await settings.getByLabel('Instansi', { exact: true }).fill('BAGIAN ORGANISASI');
  await settings.getByTestId('settings-save').click();
  await expect(app.notices.filter({ hasText: 'Pengaturan tersimpan.' })).toBeVisible();
  await library.newFromProfile();
  await expect(identity.field('Pemerintah')).toHaveValue('PEMERINTAH KOTA BEKASI');
  await expect(identity.field('Instansi')).toHaveValue('BAGIAN ORGANISASI');
});

test('Impor Excel: review what the importer found, import it, and export it back', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.emptyState
    .getByTestId('import-excel-input')
    .setInputFiles('tests/fixtures/real/basarnas-verifikasi-berita.xlsx');
  const review = page.getByTestId('excel-import');
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  const expected = JSON.parse(
    readFileSync('tests/fixtures/real/basarnas-verifikasi-berita.expected.sop.json', 'utf8'),
  ) as SopDocument;
  await expect(review).toContainText(`${expected.steps.length} langkah`);
  // The review says where the logo came from and shows it.
  await expect(review).toContainText('Logo diambil dari gambar di lembar "COVER", sel D2');
  await expect(review.getByTestId('excel-logo')).toBeVisible();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `excel-import-review-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(expected.identity.name);
  const [imported] = await libraryIds(host);
  const stored = await callHost(host, 'library:open', imported ?? '');
  expect(stored.document.identity.logo).toEqual(expected.identity.logo);
  expect(stored.document.identity.logo).not.toBeNull();
  await expect(page.getByTestId('flowchart-grid').locator('[role="grid"]')).toHaveAttribute(
    'aria-rowcount',
    String(expected.steps.length + 2),
  );

  const download = page.waitForEvent('download');
  await app.command('Ekspor Excel').click();
  const file = path.join(testInfo.outputDir, 'sop.xlsx');
  await (await download).saveAs(file);

  // The workbook reads back, through the same importer, as the SOP that was exported.
  const [id] = await libraryIds(host);
  const exported = await callHost(host, 'library:export', id ?? '');
  const reread = await callHost(host, 'xlsx:import', new Uint8Array(readFileSync(file)));
  expect(reread.sops).toHaveLength(1);
  expect(reread.sops[0]?.library).toEqual({ id, revision: 1 });
  const back = reread.sops[0]?.document;
  expect(back?.identity.name).toBe(expected.identity.name);
  expect(back?.steps).toHaveLength(expected.steps.length);
  // Identity, executors, steps with their symbols and exits: every field, ids aside.
  expect(back && differences(exported, back)).toEqual([]);
});

test('Impor Excel: a workbook that is not an SOP AP is refused and nothing enters the library', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'manual-mutu.xlsx');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, isoTemplateWorkbook());
  await library.emptyState.getByTestId('import-excel-input').setInputFiles(file);
  const refusal = app.notices.filter({ hasText: 'Berkas ini bukan SOP AP' });
  await expect(refusal).toBeVisible();
  await expect(page.getByTestId('excel-sop')).toHaveCount(0);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `excel-import-not-sop-ap-${size.width}`, testInfo);
  }
  expect(await libraryIds(host)).toEqual([]);
});

/** The ids of the SOPs in the library (the bin excluded), read through the host's API. */
async function libraryIds(host: HostProcess): Promise<string[]> {
  return (await callHost(host, 'library:list')).items.map((s) => s.id);
}

test('Impor Excel of a returned bureau workbook: perbarui, tidak berubah, SOP baru', async ({
  page,
  host,
}, testInfo) => {
  const [first, second, third] = corpusDocs(3);
  const a = await callHost(host, 'library:import', first!);
  const b = await callHost(host, 'library:import', second!);
  // The bureau's workbook: A and B from the library (carrying their ids), C from elsewhere.
  const bytes = await callHost(host, 'xlsx:export', [
    { document: a.document, library: { id: a.summary.id, revision: 1 } },
    { document: b.document, library: { id: b.summary.id, revision: 1 } },
    { document: third! },
  ]);
  const file = path.join(testInfo.outputDir, 'biro.xlsx');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, bytes);
  // Meanwhile A's draft changed in the office: the workbook's step 2 now differs from it.
  const edited = structuredClone(a.document);
  edited.steps[1]!.activity = 'Kegiatan yang diubah di kantor';
  await callHost(host, 'library:saveDraft', a.summary.id, edited);

  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByTestId('import-excel-input').first().setInputFiles(file);
  const review = page.getByTestId('excel-import');
  const sops = review.getByTestId('excel-sop');
  await expect(sops).toHaveCount(3);
  const actions = review.getByTestId('excel-action');
  await expect(actions.nth(0)).toHaveValue('update');
  await expect(sops.nth(0).getByTestId('diff')).toContainText(a.document.steps[1]!.activity);
  await expect(sops.nth(1).getByTestId('excel-unchanged')).toBeVisible();
  await expect(actions.nth(1)).toHaveValue('skip');
  await expect(actions.nth(2)).toHaveValue('new');
  await expect(sops.nth(2)).toContainText('Tidak ada SOP yang cocok di pustaka.');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `excel-exchange-review-${size.width}`, testInfo);
  }
  // Nothing changed before the confirmation.
  expect((await callHost(host, 'library:list')).total).toBe(2);
  await expect(review.getByTestId('excel-import-submit')).toHaveText('Impor 2 SOP');
  await review.getByTestId('excel-import-submit').click();
  await expect(
    app.notices.filter({ hasText: '1 SOP diperbarui, 1 ditambahkan, 1 tidak berubah' }),
  ).toBeVisible();

  expect((await callHost(host, 'library:list')).total).toBe(3);
  const updated = await callHost(host, 'library:open', a.summary.id);
  expect(updated.document.steps[1]!.activity).toBe(a.document.steps[1]!.activity);
  const history = await callHost(host, 'library:revisions', a.summary.id);
  expect(history.map((r) => r.note)).toContain('Diperbarui dari biro.xlsx');
  expect(history.map((r) => r.note)).toContain('Draf sebelum diperbarui dari biro.xlsx');
  expect((await callHost(host, 'library:revisions', b.summary.id)).map((r) => r.note)).toEqual([
    'Diimpor',
  ]);
});

test('Impor PDF: a PDF exported by the app imports back through the review from its source', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const [doc] = corpusDocs(1);
  if (!doc) throw new Error('the corpus is empty');
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'sop-dari-aplikasi.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await callHost(host, 'pdf:export', doc));
  await library.importPdf(file);
  const review = library.importReview;
  await expect(review).toContainText('Impor dari PDF: sop-dari-aplikasi.pdf');
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  await expect(review).toContainText(`${doc.steps.length} langkah`);
  await expect(review).toContainText('dari lampiran sumber');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-import-review-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(doc.identity.name);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-import-editor-${size.width}`, testInfo);
  }
  const [id] = await libraryIds(host);
  const stored = await callHost(host, 'library:open', id ?? '');
  expect(differences(doc, stored.document)).toEqual([]);

  // With the source turned off in Pengaturan, Ekspor PDF writes a PDF without the attachment.
  await app.headerButton('Pengaturan').click();
  const settings = page.getByTestId('settings-dialog');
  await settings.getByTestId('settings-pdf-source').uncheck();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await settings.getByTestId('settings-pdf-source').scrollIntoViewIfNeeded();
    await screenshot(page, `pdf-source-setting-${size.width}`, testInfo);
  }
  await settings.getByTestId('settings-save').click();
  const download = page.waitForEvent('download');
  await app.command('Ekspor PDF').click();
  const exported = path.join(testInfo.outputDir, 'tanpa-sumber.pdf');
  await (await download).saveAs(exported);
  const bytes = readFileSync(exported);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.includes('/EmbeddedFiles')).toBe(false);
});

test('Impor PDF: a PDF printed without its source is read from its pages, identity and table', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  // On A4 this identity's lists go on to page 2, above the table.
  const name = '63-administrasi-surat-masuk-uptd';
  const source = corpusDoc(name);
  const doc = { ...source, print: { ...source.print, paper: 'A4' as const } };
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'tanpa-sumber.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await callHost(host, 'pdf:export', doc, { source: false }));
  await library.importPdf(file);
  const review = library.importReview;
  await expect(review).toContainText('Impor dari PDF: tanpa-sumber.pdf');
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  await expect(review).toContainText('Identitas dari halaman 1');
  await expect(review).toContainText('Identitas dari halaman 2');
  await expect(review).toContainText(`${doc.steps.length} langkah`);
  await expect(review).not.toContainText('dari lampiran sumber');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-import-pages-review-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(doc.identity.name);
  const [id] = await libraryIds(host);
  const stored = await callHost(host, 'library:open', id ?? '');
  expect(comparable(stored.document)).toEqual(comparable(asPrinted(`${name}.sop.json`, 'A4', doc)));
});

test('Impor PDF: a word the print broke with its hyphen shows so in the preview and reads back whole', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  // On A4 the lane "pengadministrasian umum" is too narrow for its first word.
  const name = '24-pemberian-modal-stimulan-single-parent';
  const source = corpusDoc(name);
  const doc = { ...source, print: { ...source.print, paper: 'A4' as const } };
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'kata-terpotong.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await callHost(host, 'pdf:export', doc, { source: false }));
  await library.importPdf(file);
  await library.importReview.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(doc.identity.name);
  const [id] = await libraryIds(host);
  const stored = await callHost(host, 'library:open', id ?? '');
  expect(stored.document.executors.map((e) => e.name)).toContain('pengadministrasian umum');
  expect(comparable(stored.document)).toEqual(comparable(asPrinted(`${name}.sop.json`, 'A4', doc)));

  await app.tab('preview');
  const preview = new PreviewPage(page);
  await expect(preview.pages.first()).toBeVisible();
  expect(await preview.text()).toContain('pengadministr\u2010');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await preview.pages.nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, `preview-broken-word-${size.width}`, testInfo);
  }
});

test('Impor PDF: a scanned PDF is refused with what to do, and nothing enters the library', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'pindaian.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await scannedPdf());
  await library.importPdf(file);
  const refusal = app.notices.filter({ hasText: 'PDF ini hasil pindaian (gambar tanpa teks)' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Impor Excel');
  await expect(library.importReview).toHaveCount(0);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-import-scanned-${size.width}`, testInfo);
  }
  expect(await libraryIds(host)).toEqual([]);
});

test('Impor PDF: a real PDF with one identity and eight tables enters the library as eight SOPs', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.importPdf('tests/fixtures/pdf-real/bps-bengkulu-pengajuan-pembayaran.pdf');
  const review = library.importReview;
  const sops = review.getByTestId('excel-sop');
  // Nine pages drawn, read in the worker: slower than a PDF carrying its source.
  await expect(sops).toHaveCount(8, { timeout: 30_000 });
  const second = sops.nth(1);
  await expect(second).toContainText('Pengajuan Belanja Akun 521213');
  await expect(second).toContainText(
    'Catatan di bawah tabel (halaman 3): bagian "*) Kelengkapan dokumen pendukung".',
  );
  // What the import changed comes first, marked as a loss; routine notes follow; the clerk reads
  // the page, not coordinates in points.
  expect(await library.reviewWarnings(sops.first())).toEqual([
    {
      kind: 'loss',
      text: 'Halaman 2: Langkah 5: keputusan dengan 3 cabang; dua yang pertama dipakai.',
    },
    { kind: 'note', text: expect.stringMatching(/^Halaman 2: Teks di kaki halaman/) },
  ]);
  expect(await library.reviewWarnings(second)).toEqual([
    {
      kind: 'loss',
      text: 'Halaman 3: Langkah 1 (kapsul) berpanah ke langkah 4; alur dibaca ke langkah berikutnya.',
    },
    { kind: 'note', text: expect.stringMatching(/^Halaman 3: Teks di kaki halaman/) },
  ]);
  await expect(second.getByText('Perlu diperiksa')).toBeVisible();
  await expect(second.locator('[data-kind="loss"]')).toHaveCSS('color', 'rgb(180, 35, 24)');
  await expect(review).not.toContainText(/dekat \(\d+, \d+\) pt/);
  // The logo and the page-1 foot of all eight SOPs are said once for the file.
  const everySop = review.getByTestId('import-every-sop');
  expect(await library.reviewWarnings(everySop)).toEqual([
    {
      kind: 'note',
      text: 'Halaman 1: Logo (gambar 56 × 47 pt) tidak diambil dari PDF; pilih logo di Identitas.',
    },
    { kind: 'note', text: expect.stringMatching(/^Halaman 1: Teks di kaki halaman/) },
  ]);
  await expect(sops.getByText(/^Halaman 1: Logo/)).toHaveCount(0);
  await expect(review.getByTestId('import-loss-count')).toBeVisible();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    // The list scrolls; Impor stays in view without scrolling, before and after.
    await expect(library.importSubmit).toBeInViewport();
    await screenshot(page, `pdf-import-real-review-${size.width}`, testInfo);
    await second.scrollIntoViewIfNeeded();
    await sops.last().scrollIntoViewIfNeeded();
    await expect(library.importSubmit).toBeInViewport();
    await screenshot(page, `pdf-import-real-review-end-${size.width}`, testInfo);
  }
  await library.importSubmit.click();
  await expect(library.importReview).toHaveCount(0);
  const stored = await Promise.all(
    (await libraryIds(host)).map(async (id) => (await callHost(host, 'library:open', id)).document),
  );
  expect(stored.map((doc) => doc.identity.name).sort()).toEqual(
    [
      '521211',
      '521213',
      '521811',
      '522151',
      '524111',
      '524113',
      '524114 dan 524119 (Paket Meeting)',
      '524114 dan 524119 (Perjalanan)',
    ].map((account) => `Pengajuan Belanja Akun ${account}`),
  );
  const expected = JSON.parse(
    readFileSync(
      'tests/fixtures/pdf-real/bps-bengkulu-pengajuan-pembayaran.2.expected.sop.json',
      'utf8',
    ),
  ) as SopDocument;
  const imported = stored.find((doc) => doc.identity.name === expected.identity.name);
  expect(imported?.identity.extraSections).toEqual(expected.identity.extraSections);
  expect(imported?.steps.map((s) => s.activity)).toEqual(expected.steps.map((s) => s.activity));
});
