// Validated means printable (docs/format.md §7.1): every random document that parses also lays
// out, and a sample of them prints to PDF, exports to Excel and imports back, without any error
// but a SopError with a message for the user (never code 'internal', never a stack).

import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { arimoMeasurer, defaultLayoutSettings, layoutSop } from '../../../shared/layout';
import { parseSopJson, type SopDocument } from '../../../shared/model';
import { renderSopPdf } from '../../../electron/services/pdf';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { random, randomSopText } from './generate';

const SEED = 20_261_205;
const CASES = 2_000;
/** Cases near the lane-grid limit: laid out, and the first of them printed and exported. */
const LARGE = 4;
/** Every n-th small case also goes through PDF, Excel export and import. */
const HEAVY_EVERY = 40;

type Outcome = { refused: number; accepted: SopDocument[] };

/** The SopError of a refusal, or the unexpected error rethrown with the case that caused it. */
function userError(error: unknown, where: string): SopError {
  if (error instanceof SopError && error.code !== 'internal') return error;
  throw new Error(
    `${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
}

function parseAll(): Outcome {
  const r = random(SEED);
  const outcome: Outcome = { refused: 0, accepted: [] };
  for (let i = 0; i < CASES; i += 1) {
    const text = randomSopText(r, i, LARGE);
    try {
      const doc = parseSopJson(text);
      layoutSop(doc, defaultLayoutSettings(doc), arimoMeasurer);
      outcome.accepted.push(doc);
    } catch (error) {
      const refusal = userError(error, `case ${i} (seed ${SEED})`);
      expect(refusal.message, `case ${i}`).not.toMatch(/undefined|Error:|\n\s+at /);
      outcome.refused += 1;
    }
  }
  return outcome;
}

async function printExportImport(doc: SopDocument, where: string): Promise<void> {
  try {
    const pdf = await renderSopPdf(doc);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), where).toBe('%PDF-');
    const workbook = await exportWorkbook([{ document: doc }]);
    const imported = await importWorkbook(workbook);
    if (doc.steps.length > 0) expect(imported.sops.length, where).toBeGreaterThan(0);
  } catch (error) {
    userError(error, where);
  }
}

describe(`random documents (seed ${SEED}, ${CASES} cases)`, () => {
  let outcome: Outcome = { refused: 0, accepted: [] };

  it('every document that validates lays out; refusals are messages', () => {
    outcome = parseAll();
    // The generator must exercise both sides: most documents valid, the hostile ones refused.
    expect(outcome.accepted.length).toBeGreaterThan(CASES / 2);
    expect(outcome.refused).toBeGreaterThan(CASES / 20);
  }, 150_000);

  it('a sample of them prints, exports to Excel and imports back', async () => {
    const sample = outcome.accepted.filter((_, i) => i % HEAVY_EVERY === 0);
    expect(sample.length).toBeGreaterThan(CASES / HEAVY_EVERY / 2);
    for (const [i, doc] of sample.entries()) await printExportImport(doc, `sample ${i}`);
  }, 150_000);
});
