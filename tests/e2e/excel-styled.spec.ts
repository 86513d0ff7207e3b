// Impor Excel of a workbook in the layout web SOP builders export (symbols as bordered, filled
// cells, `⬇` rows, decision exits written as `(TIDAK) ➡ Ke #n`): the review says how the symbols
// were read, and the stored SOP has its executors, symbols and decision targets.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseSopJson } from '../../shared/model';
import { HEADER_STYLES, writeLayout } from '../integration/xlsx/layout-generator';
import { callHost } from '../support/host-api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { screenshot } from './pages/screenshots';

test('Impor Excel of a web SOP builder workbook: styled symbols, arrow rows and Ke #n exits', async ({
  page,
  host,
}, testInfo) => {
  const source = parseSopJson(
    readFileSync('tests/fixtures/sops/01-pembinaan-kelana-katingan.sop.json', 'utf8'),
  );
  const file = path.join(testInfo.outputDir, 'sop-builder.xlsx');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(
    file,
    writeLayout(source, {
      identity: 'colon',
      lists: 'numbered',
      header: HEADER_STYLES[1] ?? (HEADER_STYLES[0] as (typeof HEADER_STYLES)[number]),
      symbols: 'styled',
      decisions: 'drawn',
      laneWidth: 3,
      twoSheets: false,
    }),
  );
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.open(host.url);
  await library.emptyState.getByTestId('import-excel-input').setInputFiles(file);
  const review = page.getByTestId('excel-import');
  await expect(review.getByTestId('excel-sop')).toHaveCount(1);
  await expect(review).toContainText(`${source.steps.length} langkah, 2 keputusan`);
  await expect(review).toContainText('Simbol dibaca dari sel bergaris atau berwarna');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `excel-import-styled-${size.width}`, testInfo);
  }
  await review.getByTestId('excel-import-submit').click();
  await expect(app.sopName).toHaveText(source.identity.name);

  const [id] = (await callHost(host, 'library:list')).items.map((s) => s.id);
  const stored = (await callHost(host, 'library:open', id ?? '')).document;
  const position = (steps: typeof source.steps, target: string | null): number | null =>
    target === null ? null : steps.findIndex((s) => s.id === target);
  const flow = (doc: typeof source) =>
    doc.steps.map((step, i) => ({
      symbol: step.symbol,
      executors: step.executors.map((e) =>
        doc.executors.find((x) => x.id === e)?.name.toUpperCase(),
      ),
      no: step.symbol === 'decision' ? position(doc.steps, step.no) : null,
      yes:
        step.symbol === 'decision' && position(doc.steps, step.yes) !== i + 1
          ? position(doc.steps, step.yes)
          : null,
    }));
  expect(flow(stored)).toEqual(flow(source));
});
