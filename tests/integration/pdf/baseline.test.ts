// Visual baselines: corpus SOPs rendered to PNG at 50 dpi match the committed pictures within a
// small tolerance. After a deliberate change of the drawing, look at the new pictures and refresh
// them with UPDATE_BASELINES=1.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { parseSopJson } from '../../../shared/model';
import { comparePng, writeGreyPng } from './png-compare';
import { pdfPagePng, writeTemp } from './poppler';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const baselineDir = join(import.meta.dirname, '../../fixtures/baselines');
const update = process.env.UPDATE_BASELINES === '1';
/** Share of pixels allowed to differ: font rasterising noise, not a moved line. */
const TOLERANCE = 0.004;

const CASES: [string, number[]][] = [
  ['01-pembinaan-kelana-katingan', [1, 2]],
  ['13-menyusun-spm-ikm-sop-kesertaan-kb', [2]],
  ['37-pelatihan-pprg-focalpoint', [3]],
  ['66-psikolog-uptd', [2]],
  ['70-lomba-perempuan-inspiratif-bekasi', [2]],
];

async function render(name: string): Promise<string> {
  const doc = parseSopJson(readFileSync(join(corpusDir, `${name}.sop.json`), 'utf8'));
  return writeTemp(await renderSopPdf(doc), name);
}

describe('visual baselines', () => {
  for (const [name, pages] of CASES) {
    it(`${name} looks as approved`, async () => {
      const pdf = await render(name);
      for (const page of pages) {
        const actual = pdfPagePng(pdf, page, 50);
        const baseline = join(baselineDir, `${name}-p${page}.png`);
        if (update) writeGreyPng(actual, baseline);
        expect(
          existsSync(baseline),
          `${baseline} belum ada: jalankan dengan UPDATE_BASELINES=1`,
        ).toBe(true);
        const diff = comparePng(actual, baseline);
        expect(diff.sameSize, `${name} halaman ${page}: ukuran berubah`).toBe(true);
        expect(
          diff.ratio,
          `${name} halaman ${page}: ${diff.differing} piksel berbeda`,
        ).toBeLessThan(TOLERANCE);
      }
    });
  }

  it('the comparison notices a different page', async () => {
    const a = pdfPagePng(await render('01-pembinaan-kelana-katingan'), 2, 50);
    const b = pdfPagePng(await render('66-psikolog-uptd'), 2, 50);
    expect(comparePng(a, b).ratio).toBeGreaterThan(TOLERANCE * 5);
  });
});
