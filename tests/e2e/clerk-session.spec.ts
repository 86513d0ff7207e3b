// The clerk's whole session, at 1366×768 and at 1024×700, as a clerk lives it: the profile, a
// new SOP with the profile's roles, the identity with pasted lists and a date, ten steps typed,
// capsules, a decision set from the row menu with its own labels returning to an earlier step, a
// deliberate joint activity, three rows pasted from a table without executor columns into the
// middle, the checks, save, approve, an edit, the status in the editor and the library, the print
// choice, the revision compare, and the Excel export read back in. Every step is checked on the
// document the app saved (through the API), not only on the screen. The screens it passes are
// the screenshots of docs/screenshots/ and the pictures of the help page.

import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SopDocument } from '../../shared/model';
import { runChecks } from '../../shared/rules';
import { pdfInfo, pdfText } from '../integration/pdf/poppler';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { GridPage } from './pages/grid-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';
import { PrintChoicePage } from './pages/print-choice-page';
import { docScreenshot } from './pages/screenshots';

const ROLES = ['Pelaksana/Staf', 'Kepala Seksi', 'Kepala Bidang'];

/** The ten steps: activity, time, output, and the role (index in ROLES) doing it. */
const STEPS: [string, string, string, number][] = [
  ['Menerima surat masuk', '5 menit', 'Surat masuk', 0],
  ['Mencatat surat dalam buku agenda', '5 menit', 'Buku agenda', 0],
  ['Memeriksa kelengkapan surat', '10 menit', 'Surat lengkap', 1],
  ['Menyusun konsep disposisi', '15 menit', 'Konsep disposisi', 1],
  ['Menilai konsep disposisi', '10 menit', 'Konsep disetujui', 2],
  ['Menandatangani disposisi', '5 menit', 'Disposisi', 2],
  ['Membahas tindak lanjut disposisi', '30 menit', 'Catatan rapat', 0],
  ['Meneruskan disposisi kepada pelaksana', '10 menit', 'Tanda terima', 0],
  ['Mengarsipkan surat dan disposisi', '5 menit', 'Arsip', 0],
  ['Melaporkan penyelesaian', '5 menit', 'Laporan', 0],
];

/** Three rows copied from a Word or Excel table that has no executor columns. */
const PASTED = [
  ['Menggandakan disposisi', 'Disposisi', '5 menit', 'Salinan disposisi'],
  ['Membagikan salinan disposisi', 'Salinan disposisi', '10 menit', 'Tanda terima'],
  ['Mencatat pembagian dalam agenda', 'Tanda terima', '5 menit', 'Buku agenda'],
];

const CHANGED = 'Disahkan rev. 1 · ada perubahan belum disahkan';

async function onlySop(host: HostProcess): Promise<{ id: string; doc: SopDocument }> {
  const { items } = await callHost(host, 'library:list');
  const id = items[0]?.id ?? '';
  return { id, doc: await callHost(host, 'library:export', id) };
}

async function saved(app: AppPage, host: HostProcess): Promise<SopDocument> {
  await app.waitSaved();
  return (await onlySop(host)).doc;
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`the clerk's session at ${size.width}x${size.height}`, async ({ page, host }, testInfo) => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    const app = new AppPage(page);
    const library = new LibraryPage(page);
    const identity = new IdentityPage(page);
    const grid = new GridPage(page);
    const choice = new PrintChoicePage(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await app.open(host.url);

    // 1. The profile: the agency and the approving official, once.
    await app.headerButton('Pengaturan').click();
    const settings = page.getByTestId('settings-dialog');
    await settings.getByLabel('Pemerintah', { exact: true }).fill('PEMERINTAH KABUPATEN BANJAR');
    await settings.getByLabel('Instansi', { exact: true }).fill('DINAS KOMUNIKASI DAN INFORMATIKA');
    const signer = settings.getByRole('group', { name: 'Pejabat yang mengesahkan' });
    await signer.getByLabel('Jabatan', { exact: true }).fill('KEPALA DINAS');
    await signer.getByLabel('Nama', { exact: true }).fill('Drs. H. RAHMAT HIDAYAT');
    await signer.getByLabel('NIP', { exact: true }).fill('196206031985031016');
    await settings.getByTestId('settings-save').click();
    await expect(settings).toHaveCount(0);
    expect((await callHost(host, 'library:profile')).approvedBy.name).toBe(
      'Drs. H. RAHMAT HIDAYAT',
    );

    // 2. A new SOP with three of the profile's roles as its columns.
    await library.newFromProfile(ROLES);
    let doc = (await onlySop(host)).doc;
    expect(doc.executors.map((e) => e.name)).toEqual(ROLES);
    expect(doc.identity.agency).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
    const lane = doc.executors.map((e) => e.id);

    // 3. The identity: name, number, a date from the calendar, a pasted list.
    await identity.fill('Nama SOP', 'Pengelolaan Surat Masuk');
    await identity.fill('Nomor SOP', '800/045/DISKOMINFO/2026');
    await identity.pickDate('Tanggal Pembuatan', '2026-03-02');
    await identity.pasteIntoList(
      'legalBasis',
      '1. Peraturan Menteri PANRB Nomor 35 Tahun 2012\n2. Peraturan Bupati Banjar Nomor 12 Tahun 2024',
    );
    doc = await saved(app, host);
    expect(doc.identity).toMatchObject({
      name: 'Pengelolaan Surat Masuk',
      number: '800/045/DISKOMINFO/2026',
      createdDate: '2 Maret 2026',
      legalBasis: [
        'Peraturan Menteri PANRB Nomor 35 Tahun 2012',
        'Peraturan Bupati Banjar Nomor 12 Tahun 2024',
      ],
    });

    // 4. Ten steps typed: Enter on the last row adds the next one.
    await app.tab('grid');
    await grid.emptyState.getByRole('button').click();
    await grid.focus(1, 'activity');
    for (const [index, [activity]] of STEPS.entries()) {
      await grid.type(activity);
      if (index === STEPS.length - 1) {
        await grid.press('Tab');
        break;
      }
      await grid.press('Enter');
      await expect.poll(() => grid.focusedCell()).toEqual({ row: index + 2, column: 'activity' });
    }
    await expect.poll(() => grid.stepCount()).toBe(10);
    for (const [index, [, time, output]] of STEPS.entries()) {
      await grid.focus(index + 1, 'time');
      await grid.type(time);
      await grid.press('Tab');
      await grid.type(output);
      await grid.press('Tab');
    }
    // A new step has no symbol: each is placed in its executor's column with a click.
    for (const [index, [, , , role]] of STEPS.entries()) {
      if (index === 4) continue;
      await grid.cell(index + 1, `exec:${lane[role]}`).click();
      await expect.poll(() => grid.symbol(index + 1, lane[role] ?? '')).toBe('process');
    }
    // The first and the last are capsules.
    for (const n of [1, 10]) {
      await grid.focus(n, `exec:${lane[0]}`);
      await grid.press('3');
      await expect.poll(() => grid.symbol(n, lane[0] ?? '')).toBe('terminator');
    }
    doc = await saved(app, host);
    expect(doc.steps.map((s) => s.activity)).toEqual(STEPS.map(([activity]) => activity));
    expect(doc.steps.map((s) => [s.time, s.output])).toEqual(STEPS.map(([, t, o]) => [t, o]));

    // 5. Step 5 becomes a decision from the row menu; Perbaiki returns to step 4.
    await grid.menu(5, `exec:${lane[2]}`, 'Simbol: Belah ketupat');
    const decision = grid.decisionEditor;
    await expect(decision).toBeVisible();
    await expect(decision.getByLabel('Jika Tidak, lanjut ke')).toHaveValue(doc.steps[3]!.id);
    await decision.getByLabel('Label Ya').fill('Setuju');
    await decision.getByLabel('Label Tidak').fill('Perbaiki');
    await docScreenshot(page, 'decision', size);
    await decision.getByRole('button', { name: 'Selesai' }).click();
    await expect(decision).toBeHidden();
    doc = await saved(app, host);
    expect(doc.steps[4]).toMatchObject({
      symbol: 'decision',
      executors: [lane[2]],
      no: doc.steps[3]!.id,
      labels: ['Setuju', 'Perbaiki'],
    });

    // 6. Step 7 is done together by the staff and the section head: asked for from the menu.
    await grid.cell(7, `exec:${lane[1]}`).click({ button: 'right' });
    await page
      .getByTestId('row-menu')
      .getByRole('menuitem', { name: 'Jadikan kegiatan bersama' })
      .click();
    await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(1);
    doc = await saved(app, host);
    expect(doc.steps[6]?.executors).toEqual([lane[0], lane[1]]);
    await grid.focus(1, 'activity');
    await docScreenshot(page, 'editor', size);

    // 7. Three rows from a table without executor columns, pasted at step 8.
    const before = doc.steps;
    await grid.scrollToEnd();
    await grid.focus(8, 'activity');
    await grid.paste(PASTED.map((row) => row.join('\t')).join('\r\n') + '\r\n');
    await expect(app.notices.last()).toContainText('3 langkah ditempel');
    await docScreenshot(page, 'paste', size);
    doc = await saved(app, host);
    expect(doc.steps).toHaveLength(13);
    // Every step that was there is kept, unchanged and in order; the texts are in their columns
    // and no symbol came from text.
    expect(doc.steps.filter((s) => before.some((b) => b.id === s.id))).toEqual(before);
    expect(
      doc.steps.slice(7, 10).map((s) => [s.activity, s.requirements, s.time, s.output]),
    ).toEqual(PASTED);
    expect(doc.steps.slice(7, 10).map((s) => s.executors)).toEqual([[], [], []]);

    // 8. Periksa says the pasted steps have no executor; the clerk places them.
    const missing = runChecks(doc).findings.filter((f) => f.location.kind === 'step');
    expect(missing.length).toBeGreaterThan(0);
    for (const n of [8, 9, 10]) {
      await grid.cell(n, `exec:${lane[0]}`).click();
      await expect.poll(() => grid.symbol(n, lane[0] ?? '')).toBe('process');
    }
    doc = await saved(app, host);
    const errors = runChecks(doc).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);

    // 9. Save (revision 1), approve it, then one more edit: approved with changes, in the editor
    // and the library.
    await app.saveRevision('Draf pertama');
    await app.approve('Ditandatangani Kepala Dinas');
    await expect(choice.headerStatus).toHaveText('Disahkan rev. 1');
    await grid.focus(2, 'time');
    await grid.type('10 menit');
    await grid.press('Tab');
    await expect(choice.headerStatus).toHaveText(CHANGED);
    await app.waitSaved();
    const { id } = await onlySop(host);
    const summary = await callHost(host, 'library:summary', id);
    expect(summary).toMatchObject({ approvedRevision: 1, unapprovedChanges: true });
    await app.libraryLink.click();
    await expect(choice.rowStatus(library.row('Pengelolaan Surat Masuk'))).toHaveText(CHANGED);
    await page.getByTestId('filter-status').selectOption('approved');
    await expect(library.rows).toHaveCount(1);
    await docScreenshot(page, 'library', size);
    await library.open('Pengelolaan Surat Masuk');

    // 10. Ekspor PDF asks which version: the draft is marked DRAF on every page.
    const pdf = await choice.download(
      () => app.command('Ekspor PDF').click(),
      'draft',
      path.join(testInfo.outputDir, 'draf.pdf'),
    );
    const pages = Array.from({ length: pdfInfo(pdf).pages }, (_, i) => pdfText(pdf, i + 1));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toMatch(/(^|[^\p{L}])DRAF([^\p{L}]|$)/u);

    // 11. Riwayat opens on the latest change: the approved revision against the draft.
    await app.command('Riwayat').click();
    const history = page.getByTestId('history-dialog');
    await expect(history.getByTestId('compare-before')).toHaveValue('1');
    await expect(history.getByTestId('compare-after')).toHaveValue('draft');
    await expect(history.getByTestId('diff').locator('ins')).toContainText(['10 menit']);
    await history.getByRole('button', { name: 'Tutup' }).click();
    await app.tab('preview');
    await expect(page.getByTestId('preview-page').first()).toBeVisible();
    await docScreenshot(page, 'preview', size);

    // 12. The approved revision exported to Excel and read back in as a new SOP: the same SOP
    // again. The workbook carries the SOP's library id, so the review first proposes to update
    // the SOP (its draft has changed since); the clerk chooses a new SOP instead.
    const workbook = await choice.download(
      () => app.command('Ekspor Excel').click(),
      'approved',
      path.join(testInfo.outputDir, 'surat-masuk.xlsx'),
    );
    await app.libraryLink.click();
    await page.getByTestId('filter-status').selectOption('');
    await importWorkbook(page, workbook);
    await expect.poll(async () => (await callHost(host, 'library:list')).total).toBe(2);
    const { items } = await callHost(host, 'library:list');
    const reimported = items.find((item) => item.id !== id);
    const back = await callHost(host, 'library:export', reimported?.id ?? '');
    const approved = (await callHost(host, 'library:openRevision', id, 1)).document;
    expect(back.steps.map((s) => [s.activity, s.time, s.output])).toEqual(
      approved.steps.map((s) => [s.activity, s.time, s.output]),
    );
    expect(back.executors.map((e) => e.name)).toEqual(ROLES);
    expect(back.steps[4]).toMatchObject({ symbol: 'decision', labels: ['Setuju', 'Perbaiki'] });
  });
}

async function importWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-excel-input').first().setInputFiles(file);
  const review = page.getByTestId('excel-import');
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  await expect(review.getByTestId('excel-action')).toHaveValue('update');
  await review.getByTestId('excel-action').selectOption('new');
  await review.getByTestId('excel-import-submit').click();
  await expect(review).toHaveCount(0);
}
