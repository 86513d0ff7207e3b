// Workbooks far larger inside than their few KB (docs/format.md §7): each is answered within 5 s,
// with a clean import or a SopError naming the cap and the count found, never the generic error.
// Before the budgets, 30 000 merges took minutes and 2 000 stacked ones ended in that error.

import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { describeWarning, type ImportResult } from '../../../shared/import';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import {
  manyCells,
  manyCellsInOneRow,
  manyMerges,
  manyShapes,
  manySharedStrings,
  SOP_TABLE,
  wholeSheetMerges,
} from './hostile-workbooks';
import { buildWorkbook } from './workbook-builder';

/** Generous for a shared 2-core machine; the bound for any workbook under the byte cap. */
const ANSWER_MS = 5_000;

type Answer = { ms: number; result: ImportResult | null; error: SopError | null };

async function answer(bytes: Uint8Array): Promise<Answer> {
  const start = performance.now();
  try {
    const result = await importWorkbook(bytes);
    return { ms: performance.now() - start, result, error: null };
  } catch (error) {
    if (!(error instanceof SopError)) throw error;
    return { ms: performance.now() - start, result: null, error };
  }
}

async function refusal(bytes: Uint8Array): Promise<SopError> {
  const { ms, error } = await answer(bytes);
  expect(ms).toBeLessThan(ANSWER_MS);
  expect(error?.code).toBe('file-too-large');
  return error as SopError;
}

async function oneStepSop(bytes: Uint8Array): Promise<string[]> {
  const { ms, result, error } = await answer(bytes);
  expect(ms).toBeLessThan(ANSWER_MS);
  expect(error).toBeNull();
  expect(result?.sops).toHaveLength(1);
  expect(result?.sops[0]?.document.steps.map((step) => step.activity)).toEqual(['Menerima surat']);
  return result?.sops[0]?.report.warnings.map(describeWarning) ?? [];
}

describe('merges', () => {
  it('refuses 30 000 merges of large ranges within 5 s, naming the cap', async () => {
    const error = await refusal(manyMerges(30_000, false));
    expect(error.message).toMatch(
      /^Lembar "SOP" memiliki 30\.000 sel gabungan; paling banyak 10\.000\. Hapus penggabungan/,
    );
  });

  it('reads a sheet with 2 000 stacked merges of 20 000 cells each', async () => {
    await oneStepSop(manyMerges(2_000, true));
  });

  it('reads 10 000 merges, the cap itself', async () => {
    await oneStepSop(manyMerges(10_000, false));
  });

  it('reads a sheet merged whole, A1:XFD1048576, 5 000 times over', async () => {
    await oneStepSop(wholeSheetMerges(5_000));
  });
});

describe('cells and strings', () => {
  it('refuses a million cells in one row before parsing them', async () => {
    const error = await refusal(manyCellsInOneRow(1_000_000));
    expect(error.message).toMatch(
      /^Lembar "SOP" memiliki 1\.000\.010 sel; paling banyak 150\.000\./,
    );
  });

  it('refuses more cells over the whole workbook than its cap', async () => {
    const error = await refusal(manyCells(1_000, 140, 2));
    expect(error.message).toMatch(
      /^Buku kerja ini sampai lembar "SOP 2" memiliki 280\.020 sel; paling banyak 250\.000\./,
    );
  });

  it('refuses 100 000 shared strings', async () => {
    const error = await refusal(manySharedStrings(100_000));
    expect(error.message).toMatch(
      /^Buku kerja ini memiliki 100\.000 teks berbeda; paling banyak 50\.000\./,
    );
  });

  it('reads 50 000 shared strings, the cap itself', async () => {
    await oneStepSop(manySharedStrings(50_000));
  });
});

describe('drawings', () => {
  it('leaves a drawing of 100 000 shapes unread and says so in the report', async () => {
    const warnings = await oneStepSop(manyShapes(100_000));
    expect(warnings).toContain(
      'Lembar "SOP": Gambar pada lembar ini memiliki 100.000 bentuk; paling banyak 5.000. Simbol dan panahnya tidak dibaca; pelaksana dibaca dari tanda di kolom pelaksana.',
    );
  });

  for (const [kind, count, words] of [
    ['cxnSp', 3_000, '3.000 panah; paling banyak 2.500'],
    ['txBox', 2_500, '2.500 kotak teks; paling banyak 2.000'],
    ['offpage', 600, '600 penghubung antarhalaman; paling banyak 500'],
  ] as const) {
    it(`leaves a drawing of ${count} ${kind} unread`, async () => {
      const warnings = await oneStepSop(manyShapes(count, kind));
      expect(warnings.some((w) => w.includes(`memiliki ${words}.`))).toBe(true);
    });
  }

  it('reads a drawing of 2 000 shapes, under every drawing cap', async () => {
    const warnings = await oneStepSop(manyShapes(2_000, 'sp'));
    expect(warnings.some((w) => w.includes('Gambar pada lembar ini'))).toBe(false);
  });
});

describe('every part together', () => {
  it('refuses a workbook once its parts together pass the XML element budget', async () => {
    const sheets = Array.from({ length: 30 }, (_, i) => ({
      name: `SOP ${i + 1}`,
      cells: SOP_TABLE,
    }));
    // Each sheet alone is far under the budget; together they are not.
    const start = performance.now();
    const error = await importWorkbook(buildWorkbook(sheets), {
      limits: { maxXmlElements: 1_000 },
    }).catch((e: unknown) => e);
    expect(performance.now() - start).toBeLessThan(ANSWER_MS);
    expect(error).toBeInstanceOf(SopError);
    expect((error as SopError).message).toMatch(
      /^Isi buku kerja ini terlalu banyak untuk dibaca: lebih dari 1\.000 unsur XML\./,
    );
  });

  it('reads column widths of a sheet with 100 000 overlapping column ranges quickly', async () => {
    const cols = '<col min="1" max="1000" width="9"/>'.repeat(100_000);
    const sheet = buildWorkbook([{ name: 'SOP', cells: SOP_TABLE }]);
    const parts = unzipSync(sheet);
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('<cols>', `<cols>${cols}`));
    await oneStepSop(zipSync(parts, { level: 1 }));
  });
});
