// An imported document is cut to the document limits, and the report says what was cut.

import { describe, expect, it } from 'vitest';
import { keepWithinLimits } from '../../../electron/services/pdf-import/recognise/limits';
import { PageReport } from '../../../electron/services/pdf-import/recognise/report';
import { MAX_STEPS, MAX_TEXT_LENGTH } from '../../../shared/limits';
import { emptySop, emptyStep } from '../../../shared/model';

describe('keepWithinLimits', () => {
  it('keeps the first steps and drops exits to the ones cut', () => {
    const doc = emptySop();
    doc.steps = Array.from({ length: MAX_STEPS + 2 }, (_, i) => emptyStep(`s${i + 1}`));
    doc.steps[0]!.symbol = 'decision';
    doc.steps[0]!.no = `s${MAX_STEPS + 2}`;
    const report = new PageReport();
    keepWithinLimits(doc, 2, report);
    expect(doc.steps).toHaveLength(MAX_STEPS);
    expect(doc.steps[0]!.no).toBeNull();
    expect(report.warnings[0]).toMatchObject({ page: 2, at: null });
    expect(report.warnings[0]!.message).toMatch(/502 langkah; hanya 500 langkah pertama/);
  });

  it('cuts a text past the text limit', () => {
    const doc = emptySop();
    doc.steps = [emptyStep('s1')];
    doc.steps[0]!.activity = 'a'.repeat(MAX_TEXT_LENGTH + 10);
    const report = new PageReport();
    keepWithinLimits(doc, 1, report);
    expect(doc.steps[0]!.activity).toHaveLength(MAX_TEXT_LENGTH);
    expect(report.warnings).toHaveLength(1);
  });
});
