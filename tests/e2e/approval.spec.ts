// Approval after edits: a clerk approves the example SOP, edits it, and finds
// the approval kept — in the header, the library and its Disahkan filter, the revision history —
// and every way to paper (Ekspor PDF, Cetak, Ekspor Excel, Buku SOP) asks whether to print the
// approved revision or the draft marked DRAF on every page. Each outcome is read back: the
// library through its API, PDFs with pdftotext, the workbook through the importer.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { pdfInfo, pdfText } from '../integration/pdf/poppler';
import { all, parts } from '../integration/xlsx-export/helpers';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';
import { PrintChoicePage } from './pages/print-choice-page';
import { screenshot } from './pages/screenshots';

const APPROVED_NAME = 'Pembinaan KELANA';
const EDITED_NAME = 'Pembinaan KELANA (perubahan)';
const CHANGED = 'Disahkan rev. 1 · ada perubahan belum disahkan';

/** The text of every page of a PDF file. */
function pageTexts(file: string): string[] {
  return Array.from({ length: pdfInfo(file).pages }, (_, i) => pdfText(file, i + 1));
}

const hasDraftWord = (text: string) => /(^|[^\p{L}])DRAF([^\p{L}]|$)/u.test(text);

/** The example SOP, approved, then renamed; returns its library id once the edit is saved. */
async function approveThenEdit(page: Page, host: HostProcess): Promise<string> {
  const app = new AppPage(page);
  await app.open(host.url);
  await new LibraryPage(page).openSample();
  await app.approve('Disahkan Kepala Dinas');
  await app.tab('identity');
  await new IdentityPage(page).fill('Nama SOP', EDITED_NAME);
  await app.waitSaved();
  const [summary] = (await callHost(host, 'library:list')).items;
  return summary?.id ?? '';
}

test('an edit after Sahkan keeps the approval: header, library, filter and history say so', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const choice = new PrintChoicePage(page);
  await app.open(host.url);
  await library.openSample();
  await expect(choice.headerStatus).toHaveText('Draf');
  await app.approve('Disahkan Kepala Dinas');
  await expect(choice.headerStatus).toHaveText('Disahkan rev. 1');
  await expect(choice.headerStatus).toHaveAttribute('data-state', 'approved');

  await app.tab('identity');
  await new IdentityPage(page).fill('Nama SOP', EDITED_NAME);
  // Said at once, before autosave has written the edit.
  await expect(choice.headerStatus).toHaveText(CHANGED);
  await app.waitSaved();
  const [listed] = (await callHost(host, 'library:list')).items;
  const id = listed?.id ?? '';
  expect(await callHost(host, 'library:summary', id)).toMatchObject({
    status: 'approved',
    approvedRevision: 1,
    unapprovedChanges: true,
  });
  expect((await callHost(host, 'library:export', id, 1)).identity.name).toBe(APPROVED_NAME);
  expect((await callHost(host, 'library:export', id)).identity.name).toBe(EDITED_NAME);

  // Riwayat opens on what changed: the approved revision against the draft.
  await app.command('Riwayat').click();
  const history = page.getByTestId('history-dialog');
  await expect(history.getByTestId('compare-before')).toHaveValue('1');
  await expect(history.getByTestId('compare-after')).toHaveValue('draft');
  await expect(history.getByTestId('compare-after').locator('option:checked')).toHaveText(
    'Draf saat ini — perubahan atas revisi 1 (disahkan)',
  );
  await expect(history.getByTestId('diff').locator('del')).toContainText([APPROVED_NAME]);
  await expect(history.getByTestId('diff').locator('ins')).toContainText([EDITED_NAME]);
  await history.getByRole('button', { name: 'Tutup' }).click();

  // Simpan writes revision 2; the approval stays on revision 1, and Riwayat compares 1 with 2.
  await app.saveRevision('Nama diperjelas');
  await expect(choice.headerStatus).toHaveText(CHANGED);
  await app.command('Riwayat').click();
  await expect(history.getByTestId('compare-before')).toHaveValue('1');
  await expect(history.getByTestId('compare-after')).toHaveValue('2');
  await expect(history.getByTestId('diff').locator('ins')).toContainText([EDITED_NAME]);
  await history.getByRole('button', { name: 'Tutup' }).click();

  await app.command('Buka').click();
  const row = library.row(EDITED_NAME);
  await expect(choice.rowStatus(row)).toHaveText(CHANGED);
  const filter = page.getByTestId('filter-status');
  await filter.selectOption('approved');
  await expect(library.rows).toHaveCount(1);
  await filter.selectOption('changed');
  await expect(library.rows).toHaveCount(1);
  await filter.selectOption('draft');
  await expect(library.rows).toHaveCount(0);
  await filter.selectOption('approved');
  // Search keeps to the filter too.
  await library.search('kelana');
  await expect(library.rows).toHaveCount(1);
  await expect(choice.rowStatus(library.rows)).toHaveText(CHANGED);

  // Sahkan again: revision 2 is the approved one, nothing left to approve.
  await library.open(EDITED_NAME);
  await app.approve('Perubahan disahkan');
  await expect(choice.headerStatus).toHaveText('Disahkan rev. 2');
  expect(await callHost(host, 'library:summary', id)).toMatchObject({
    approvedRevision: 2,
    unapprovedChanges: false,
  });
});

test('Ekspor PDF asks which version: the approved revision prints clean, the draft says DRAF on every page', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const choice = new PrintChoicePage(page);
  await approveThenEdit(page, host);
  const exportPdf = () => app.command('Ekspor PDF').click();

  const approved = await choice.download(
    exportPdf,
    'approved',
    path.join(testInfo.outputDir, 'disahkan.pdf'),
  );
  const approvedPages = pageTexts(approved);
  expect(approvedPages.some(hasDraftWord)).toBe(false);
  expect(approvedPages[0]).toContain(APPROVED_NAME);
  expect(approvedPages[0]).not.toContain(EDITED_NAME);

  const draft = await choice.download(
    exportPdf,
    'draft',
    path.join(testInfo.outputDir, 'draf.pdf'),
  );
  const draftPages = pageTexts(draft);
  expect(draftPages.length).toBeGreaterThan(1);
  for (const text of draftPages) {
    expect(hasDraftWord(text)).toBe(true);
    expect(text).toContain('Perubahan atas revisi 1 (disahkan); belum disahkan');
  }
  expect(draftPages[0]).toContain(EDITED_NAME);

  // Batal prints nothing and says nothing.
  await exportPdf();
  await expect(choice.option('approved').getByRole('radio')).toBeChecked();
  await choice.cancel();
  await expect(app.notices.filter({ hasText: 'PDF diekspor' })).toHaveCount(0);
});

test('Cetak and Ekspor Excel ask too; the choice reaches the print pages and the workbook', async ({
  page,
  host,
}, testInfo) => {
  // The print dialog cannot be driven here: record the text of each print page when it is called.
  await page.addInitScript(() => {
    window.print = () => {
      const pages = [...document.querySelectorAll('.app-print-page svg')].map(
        (svg) => svg.textContent,
      );
      document.body.dataset.printed = JSON.stringify(pages);
    };
  });
  const app = new AppPage(page);
  const choice = new PrintChoicePage(page);
  await approveThenEdit(page, host);

  const printed = async (version: 'approved' | 'draft'): Promise<string[]> => {
    await app.command('Cetak').click();
    await choice.choose(version);
    const body = page.locator('body[data-printed]');
    await expect(body).toHaveCount(1);
    const pages = JSON.parse((await body.getAttribute('data-printed')) ?? '[]') as string[];
    await page.evaluate(() => delete document.body.dataset.printed);
    await expect(page.getByTestId('print-pages')).toHaveCount(0);
    return pages;
  };
  const draftPrint = await printed('draft');
  expect(draftPrint.length).toBeGreaterThan(1);
  expect(draftPrint.every((text) => text.includes('DRAF'))).toBe(true);
  expect(draftPrint[0]).toContain(EDITED_NAME);
  const approvedPrint = await printed('approved');
  expect(approvedPrint.some(hasDraftWord)).toBe(false);
  expect(approvedPrint[0]).toContain(APPROVED_NAME);

  const workbook = await choice.download(
    () => app.command('Ekspor Excel').click(),
    'draft',
    path.join(testInfo.outputDir, 'draf.xlsx'),
  );
  const bytes = new Uint8Array(readFileSync(workbook));
  const files = parts(bytes);
  for (const sheet of ['sheet1', 'sheet2']) {
    const header = all(files.get(`xl/worksheets/${sheet}.xml`) ?? '', /<oddHeader>([^<]*)</);
    expect(header.join('')).toContain('DRAF — Perubahan atas revisi 1 (disahkan)');
  }
  // Read back through the importer, the workbook is the draft.
  const reread = await callHost(host, 'xlsx:import', bytes);
  expect(reread.sops[0]?.document.identity.name).toBe(EDITED_NAME);
});

test('the preview marks the draft of changes DRAF, like its print; Buku SOP asks once for the list', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const choice = new PrintChoicePage(page);
  await approveThenEdit(page, host);
  await app.tab('preview');
  const pages = page.getByTestId('preview-page');
  await expect(pages.first()).toContainText('DRAF');
  expect(await pages.count()).toBeGreaterThan(1);
  for (const preview of await pages.all()) await expect(preview).toContainText('DRAF');

  await app.command('Buka').click();
  await page.getByTestId('filter-status').selectOption('approved');
  const book = await choice.download(
    () => library.exportListed('book'),
    'approved',
    path.join(testInfo.outputDir, 'buku.pdf'),
  );
  const bookPages = pageTexts(book);
  expect(bookPages.some(hasDraftWord)).toBe(false);
  expect(bookPages.join(' ')).toContain(APPROVED_NAME);
  expect(bookPages.join(' ')).not.toContain(EDITED_NAME);
});

test('screenshots of the approval status and the print choice at 1366×768 and 1024×700', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const choice = new PrintChoicePage(page);
  await approveThenEdit(page, host);
  for (const [width, height] of [
    [1366, 768],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await app.tab('grid');
    await expect(choice.headerStatus).toHaveText(CHANGED);
    await screenshot(page, `approval-editor-${width}`, testInfo);
    await app.command('Ekspor PDF').click();
    await expect(choice.dialog).toBeVisible();
    await screenshot(page, `approval-print-choice-${width}`, testInfo);
    await choice.cancel();
    await app.tab('preview');
    await screenshot(page, `approval-preview-${width}`, testInfo);
    await app.command('Riwayat').click();
    await expect(page.getByTestId('diff')).toBeVisible();
    await screenshot(page, `approval-history-${width}`, testInfo);
    await page.getByTestId('history-dialog').getByRole('button', { name: 'Tutup' }).click();
    await app.command('Buka').click();
    await expect(choice.rowStatus(page.getByTestId('sop-row'))).toHaveText(CHANGED);
    await screenshot(page, `approval-library-${width}`, testInfo);
    await new LibraryPage(page).open(EDITED_NAME);
  }
});
