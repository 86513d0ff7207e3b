// Impor Excel of a workbook holding more than an SOP may (docs/format.md §7.1): the review says
// each cut once, in the shared rule's words, first and marked as a loss, and the SOP stored in the
// library is the cut one.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportWorkbook } from '../../electron/services/xlsx-export/export';
import { MAX_EXTRA_SECTIONS, MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../../shared/limits';
import { callHost } from '../support/host-api';
import { syntheticSop } from '../unit/layout/synthetic';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { screenshot } from './pages/screenshots';

const SECTION_LABELS = ['Tujuan', 'Definisi', 'Indikator Kinerja', 'Ruang Lingkup'];

test('Impor Excel over the document limits: each cut said once, the cut SOP stored', async ({
  page,
  host,
}, testInfo) => {
  const source = syntheticSop({ steps: 8, executors: 3 });
  source.identity.legalBasis = Array.from({ length: 230 }, (_, i) => `Peraturan ${i + 1}`);
  source.identity.extraSections = Array.from({ length: 55 }, (_, i) => ({
    label: SECTION_LABELS[i % SECTION_LABELS.length]!,
    items: [`Isi bagian ${i + 1}`],
  }));
  source.identity.approvedBy.title = 'Kepala Dinas '.repeat(400);
  const file = path.join(testInfo.outputDir, 'over-limits.xlsx');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await exportWorkbook([{ document: source }]));

  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.emptyState.getByTestId('import-excel-input').setInputFiles(file);
  const review = library.importReview;
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  for (const message of [
    'Identitas SOP ini berisi 55 bagian tambahan; paling banyak 50 bagian tambahan. Hanya 50 bagian pertama yang diimpor.',
    'Daftar identitas lebih dari 200 butir: Dasar Hukum 230 butir; paling banyak 200 butir per daftar. Hanya 200 butir pertama yang diimpor.',
    'Teks lebih dari 5.000 karakter dipotong menjadi 5.000 karakter: Jabatan pengesah (5.199 karakter).',
  ]) {
    await expect(review.getByText(message)).toHaveCount(1);
  }
  // Each cut is a loss: listed first under Perlu diperiksa, before any routine note, by its sheet.
  const warnings = await library.reviewWarnings(review);
  const cuts = warnings.filter(
    (line) => line.text.includes('diimpor') || line.text.includes('dipotong'),
  );
  expect(cuts).toHaveLength(3);
  expect(cuts.every((line) => line.kind === 'loss')).toBe(true);
  expect(warnings.slice(0, 3)).toEqual(cuts);
  expect(warnings.every((line) => line.text.startsWith('Lembar "'))).toBe(true);
  await expect(review.getByText('Perlu diperiksa', { exact: true })).toBeVisible();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await expect(library.importSubmit).toBeInViewport();
    await screenshot(page, `import-limits-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(source.identity.name);

  const [id] = (await callHost(host, 'library:list')).items.map((s) => s.id);
  const { identity } = (await callHost(host, 'library:open', id ?? '')).document;
  expect(identity.legalBasis).toEqual(source.identity.legalBasis.slice(0, MAX_LIST_ITEMS));
  expect(identity.extraSections).toEqual(
    source.identity.extraSections.slice(0, MAX_EXTRA_SECTIONS),
  );
  expect(identity.approvedBy.title).toBe(
    source.identity.approvedBy.title.slice(0, MAX_TEXT_LENGTH),
  );
});
