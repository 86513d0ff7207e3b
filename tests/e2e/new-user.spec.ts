// A new user drafts a complete SOP from an empty library, as a new user would: identity, four
// executors, nine steps with a decision looping back and a joint activity; the checks panel
// points at the missing end terminator; the SOP survives a reload, is found by search, and its
// PDF holds the steps.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ChecksPage } from './pages/checks-page';
import { GridPage } from './pages/grid-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';
import { PreviewPage } from './pages/preview-page';
import { screenshot } from './pages/screenshots';

const EXECUTORS = ['Pelaksana', 'Kepala Seksi', 'Kepala Bidang', 'Kepala Dinas'];

type PlannedStep = { activity: string; time: string; output: string; executors: number[] };

const STEPS: PlannedStep[] = [
  {
    activity: 'Menerima berkas permohonan informasi',
    time: '10 menit',
    output: 'Berkas permohonan',
    executors: [0],
  },
  {
    activity: 'Mencatat permohonan dalam buku agenda',
    time: '5 menit',
    output: 'Buku agenda',
    executors: [0],
  },
  {
    activity: 'Memeriksa kelengkapan berkas',
    time: '15 menit',
    output: 'Berkas lengkap',
    executors: [1],
  },
  {
    activity: 'Menyusun konsep surat jawaban',
    time: '30 menit',
    output: 'Konsep surat',
    executors: [0],
  },
  {
    activity: 'Memaraf konsep surat',
    time: '10 menit',
    output: 'Konsep berparaf',
    executors: [1, 2],
  },
  {
    activity: 'Menilai kesesuaian konsep surat',
    time: '15 menit',
    output: 'Konsep disetujui',
    executors: [2],
  },
  {
    activity: 'Menandatangani surat jawaban',
    time: '10 menit',
    output: 'Surat jawaban',
    executors: [3],
  },
  {
    activity: 'Mengirim surat jawaban kepada pemohon',
    time: '1 jam',
    output: 'Tanda terima',
    executors: [0],
  },
  { activity: 'Mengarsipkan berkas permohonan', time: '5 menit', output: 'Arsip', executors: [0] },
];

/** A small round emblem, as the coat of arms a user would pick for the logo. */
function emblemPng(): Buffer {
  const size = 96;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const r = Math.hypot(x - size / 2, y - size / 2);
      const at = (y * size + x) * 4;
      const [red, green, blue, alpha] =
        r < 30
          ? [22, 101, 52, 255]
          : r < 40
            ? [202, 138, 4, 255]
            : r < 46
              ? [22, 101, 52, 255]
              : [0, 0, 0, 0];
      png.data[at] = red;
      png.data[at + 1] = green;
      png.data[at + 2] = blue;
      png.data[at + 3] = alpha;
    }
  }
  return PNG.sync.write(png);
}

test('a new user drafts, checks, saves, finds and exports a complete SOP', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const identity = new IdentityPage(page);
  const grid = new GridPage(page);
  const checks = new ChecksPage(page);
  const preview = new PreviewPage(page);

  await app.open(host.url);
  await expect(library.emptyState).toContainText(
    'Belum ada SOP. Buat SOP baru atau impor dari Excel atau PDF.',
  );

  // A new SOP opens on its identity.
  await library.newFromProfile();
  await expect(identity.form).toBeVisible();
  await page
    .getByTestId('logo-input')
    .setInputFiles({ name: 'lambang.png', mimeType: 'image/png', buffer: emblemPng() });
  await expect(page.getByTestId('logo-preview').locator('img')).toBeVisible();
  await page
    .getByTestId('logo-input')
    .setInputFiles({ name: 'lambang.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(identity.form.getByRole('alert')).toContainText('PNG atau JPEG');
  await identity.fill('Pemerintah', 'PEMERINTAH KABUPATEN TANAH LAUT');
  await identity.fill('Instansi', 'DINAS KOMUNIKASI DAN INFORMATIKA');
  await identity.fill('Unit kerja', 'BIDANG INFORMASI DAN KOMUNIKASI PUBLIK');
  await identity.fill('Nama SOP', 'Pelayanan Permohonan Informasi Publik');
  await identity.fill('Nomor SOP', '060/012/DISKOMINFO/2024');
  await identity.pickDate('Tanggal Pembuatan', '2024-01-04');
  await expect(identity.field('Tanggal Pembuatan')).toHaveValue('4 Januari 2024');
  await identity.fill('Tanggal Efektif', '15 Januari 2024');
  await identity.fill('Jabatan', 'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA');
  await identity.fill('Nama', 'Drs. H. AHMAD FAUZI, M.Si');
  await identity.field('NIP').fill('1962060319850310');
  await expect(page.getByTestId('nip-state')).toContainText('NIP harus 18 angka');
  await identity.field('NIP').fill('196206031985031016');
  await identity.field('NIP').blur();
  await expect(identity.field('NIP')).toHaveValue('19620603 198503 1 016');
  await identity.pasteIntoList(
    'legalBasis',
    '1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n' +
      '2. Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU 14/2008',
  );
  await expect
    .poll(() => identity.listItems('legalBasis'))
    .toEqual([
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
      'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU 14/2008',
    ]);
  await identity.pasteIntoList('equipment', 'a. Komputer\nb. Printer\nc. Buku agenda');
  await expect(app.sopName).toHaveText('Pelayanan Permohonan Informasi Publik');
  await expect(checks.panel).not.toContainText('Peralatan/Perlengkapan belum diisi');
  await identity.scrollToTop();
  await screenshot(page, 'identity-form', testInfo);

  // Four executors and nine steps in the flowchart table.
  await app.tab('grid');
  await grid.addExecutors(EXECUTORS);
  await expect.poll(() => grid.executorNames()).toEqual(EXECUTORS);
  const executorIds = await page
    .getByTestId('flowchart-grid')
    .evaluate((element) =>
      [...element.querySelectorAll('.ag-header-cell[col-id^="exec:"]')]
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((cell) => (cell.getAttribute('col-id') ?? '').slice(5)),
    );

  await grid.emptyState.getByRole('button').click();
  for (const [index, step] of STEPS.entries()) {
    const n = index + 1;
    // Enter after the activity of the last row added the row of this step.
    await expect.poll(() => grid.stepCount()).toBe(n);
    await typeCell(n, 'activity', step.activity);
    await expect.poll(() => grid.stepCount()).toBe(n + 1);
    await typeCell(n, 'time', step.time);
    await typeCell(n, 'output', step.output);
    // A new row has no symbol: a click puts it in the executor's cell, and a Ctrl+click in a
    // second cell makes the joint activity.
    for (const [i, column] of step.executors.entries()) {
      await grid
        .cell(n, `exec:${executorIds[column]}`)
        .click(i === 0 ? {} : { modifiers: ['Control'] });
    }
    for (const [column, executorId] of executorIds.entries()) {
      const wanted = step.executors.includes(column);
      await expect.poll(() => grid.symbol(n, executorId)).toBe(wanted ? 'process' : '');
    }
  }
  // The row the last Enter added is not needed: Ctrl+Delete removes it.
  await grid.focus(STEPS.length + 1, 'activity');
  await grid.press('Control+Delete');
  await expect.poll(() => grid.stepCount()).toBe(STEPS.length);
  // Step 1 starts the flow; step 6 is a decision whose Tidak returns to step 3.
  await grid.focus(1, `exec:${executorIds[0]}`);
  await grid.press('3');
  await expect.poll(() => grid.symbol(1, executorIds[0] ?? '')).toBe('terminator');
  await grid.focus(6, `exec:${executorIds[2]}`);
  await grid.press('2');
  await expect.poll(() => grid.symbol(6, executorIds[2] ?? '')).toBe('decision');
  // The new decision opens its exits' editor at once.
  await grid.decisionEditor
    .getByLabel('Jika Tidak, lanjut ke')
    .selectOption({ label: `Langkah 3 — ${STEPS[2]?.activity}` });
  await grid.decisionEditor.getByRole('button', { name: 'Selesai' }).click();
  await expect.poll(() => grid.edgeKeys()).toContainEqual(expect.stringMatching(/:no$/));

  // The checks panel reports the missing end terminator; clicking it lands on the cell.
  const missingEnd = checks.finding('last-not-terminator');
  await expect(missingEnd).toBeVisible();
  await expect(checks.totalTime).toContainText('Total waktu');
  await missingEnd.click();
  const focused = page.locator('.ag-row .ag-cell-focus');
  await expect(focused).toHaveAttribute('col-id', `exec:${executorIds[0]}`);
  await expect(focused.locator('xpath=ancestor::*[@row-index][1]')).toHaveAttribute(
    'row-index',
    '8',
  );
  await grid.press('3');
  await expect.poll(() => grid.symbol(9, executorIds[0] ?? '')).toBe('terminator');
  await expect(missingEnd).toHaveCount(0);
  await screenshot(page, 'editor', testInfo);

  await app.tab('preview');
  await expect(preview.pages.first()).toBeVisible();
  await expect.poll(() => preview.text()).toContain('Menandatangani surat jawaban');
  await screenshot(page, 'preview', testInfo);
  await screenshot(preview.pages.nth(1), 'preview-flowchart-page', testInfo);
  await app.tab('grid');
  await page.getByTestId('preview-beside').check();
  await expect(
    page.locator('.app-side-preview [data-testid="preview-page"]').first(),
  ).toBeVisible();
  await screenshot(page, 'editor-with-preview', testInfo);
  await page.getByTestId('preview-beside').uncheck();

  // Simpan writes a revision; autosave has the draft.
  await app.saveRevision('Draf pertama');
  await expect(app.notices.filter({ hasText: 'Revisi 1 tersimpan.' })).toBeVisible();
  await app.waitSaved();

  // After a reload the SOP is in the library and search finds it by a word of a step.
  await page.reload();
  await library.search('agenda');
  const hit = library.row('Pelayanan Permohonan Informasi Publik');
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('snippet').locator('mark').first()).toHaveText(/agenda/i);
  await library.open('Pelayanan Permohonan Informasi Publik');
  await expect.poll(() => grid.stepCount()).toBe(9);
  await expect.poll(() => grid.executorNames()).toEqual(EXECUTORS);
  for (const [index, step] of STEPS.entries()) {
    expect(await grid.text(index + 1)).toBe(step.activity);
  }
  expect(await grid.symbol(5, executorIds[1] ?? '')).toBe('process');
  expect(await grid.symbol(5, executorIds[2] ?? '')).toBe('process');
  expect(await grid.symbol(6, executorIds[2] ?? '')).toBe('decision');
  expect(await grid.symbol(9, executorIds[0] ?? '')).toBe('terminator');
  await app.tab('identity');
  await expect(identity.field('NIP')).toHaveValue('19620603 198503 1 016');
  await expect(identity.field('Tanggal Pembuatan')).toHaveValue('4 Januari 2024');

  // The exported PDF holds every step.
  const pdf = await app.exportPdf(path.join(testInfo.outputDir, 'sop.pdf'));
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  for (const step of STEPS) expect(text).toContain(step.activity);
  expect(text).toContain('Pelayanan Permohonan Informasi Publik');
  expect(text).toContain('19620603 198503 1 016');

  async function typeCell(n: number, column: string, value: string): Promise<void> {
    await grid.focus(n, column);
    // F2 opens the cell editor as a new user finds it in the help panel; typing starts once it shows.
    await grid.press('F2');
    await page.getByTestId('cell-editor').waitFor();
    await page.keyboard.type(value);
    await grid.press('Enter');
    await expect.poll(() => grid.text(n, column)).toBe(value);
  }
});
