// Impor PDF of an SOP whose identity lists run over several pages, printed by this app without
// its source: every item reaches the library, in order, and the identity panel shows them all.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDoc } from '../integration/pdf-import/bad-pdfs';
import { callHost } from '../support/host-api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';
import { screenshot } from './pages/screenshots';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

/** Regulations numbered past 99, every third one long enough to wrap over several lines. */
function legalBasis(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? `Peraturan Daerah Nomor ${i + 1} Tahun 2019 tentang Penyelenggaraan Pelayanan Publik, ` +
        'Standar Operasional Prosedur Administrasi Pemerintahan dan Tata Naskah Dinas di ' +
        'Lingkungan Pemerintah Kabupaten beserta Perubahannya'
      : `Peraturan Bupati Nomor ${i + 1} Tahun 2020`,
  );
}

test('Impor PDF: 200 Dasar Hukum items printed over several pages all reach the library', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const identity = new IdentityPage(page);
  const source = corpusDoc('01-pembinaan-kelana-katingan');
  const doc = {
    ...source,
    identity: {
      ...source.identity,
      legalBasis: legalBasis(200),
      qualifications: legalBasis(60).map((item) => `Memahami ${item}`),
    },
    print: { ...source.print, paper: 'F4' as const },
  };
  await app.open(host.url);
  const file = path.join(testInfo.outputDir, 'dasar-hukum-panjang.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, await callHost(host, 'pdf:export', doc, { source: false }));
  await library.importPdf(file);
  const review = library.importReview;
  await expect(review).toContainText('Impor dari PDF: dasar-hukum-panjang.pdf');
  await expect(review).toContainText('Identitas dari halaman 3');
  // Kualifikasi Pelaksana ends before Dasar Hukum: its empty `(lanjutan)` cell is no empty label.
  await expect(review).not.toContainText('Label tanpa isi');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-long-lists-review-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(doc.identity.name);

  const [summary] = (await callHost(host, 'library:list')).items;
  const stored = await callHost(host, 'library:open', summary?.id ?? '');
  expect(stored.document.identity.legalBasis).toEqual(doc.identity.legalBasis);
  expect(stored.document.identity.qualifications).toEqual(doc.identity.qualifications);

  await app.tab('identity');
  await expect(identity.list('legalBasis').locator('textarea')).toHaveCount(200);
  expect((await identity.listItems('legalBasis')).at(-1)).toBe(doc.identity.legalBasis.at(-1));
  await identity.list('legalBasis').locator('textarea').nth(99).scrollIntoViewIfNeeded();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `pdf-long-lists-identity-${size.width}`, testInfo);
  }
});
