// Symbols and exits: capsules at both ends, only the stored symbols, decisions with two valid and
// different exits, and no exits on anything else.
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../shared/model';
import { runChecks, type RuleId } from '../../../shared/rules';
import { cleanDoc, flowDoc } from './docs';

const found = (doc: ReturnType<typeof cleanDoc>, id: RuleId) =>
  runChecks(doc).findings.filter((finding) => finding.id === id);

describe('structure checks', () => {
  it('finds nothing wrong with a correct flow, decisions included', () => {
    expect(runChecks(cleanDoc()).findings).toEqual([]);
    expect(
      runChecks(flowDoc('tpdpdpt', { 3: { no: 's2' }, 5: { yes: 's7', no: 's6' } })).findings,
    ).toEqual([]);
  });

  it('reports an SOP without steps once, on the document', () => {
    const findings = runChecks(flowDoc('')).findings.filter((f) => f.location.kind !== 'identity');
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'no-steps',
        severity: 'error',
        location: { kind: 'document' },
      }),
    ]);
  });

  it('requires a capsule as the first step', () => {
    const [finding, ...rest] = found(flowDoc('ppt'), 'first-not-terminator');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      location: { kind: 'step', stepId: 's1', column: 'symbol' },
    });
    expect(finding?.message).toMatch(/^Langkah 1 .*kapsul/);
    expect(found(flowDoc('tpt'), 'first-not-terminator')).toEqual([]);
  });

  it('requires a capsule as the last step', () => {
    expect(found(flowDoc('tpp'), 'last-not-terminator')).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: { kind: 'step', stepId: 's3', column: 'symbol' },
      }),
    ]);
    expect(found(flowDoc('tpt'), 'last-not-terminator')).toEqual([]);
  });

  it('warns about a capsule in the middle of the flow', () => {
    expect(found(flowDoc('tptpt'), 'terminator-in-middle')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: { kind: 'step', stepId: 's3', column: 'symbol' },
      }),
    ]);
    expect(found(flowDoc('tppt'), 'terminator-in-middle')).toEqual([]);
  });

  it('rejects a symbol other than the three stored ones', () => {
    const doc = flowDoc('tpt');
    (doc.steps[1] as { symbol: string }).symbol = 'pentagon';
    const [finding] = found(doc, 'unknown-symbol');
    expect(finding).toMatchObject({
      severity: 'error',
      location: { stepId: 's2', column: 'symbol' },
    });
    expect(finding?.message).toContain('"pentagon"');
    expect(found(flowDoc('tpdpt'), 'unknown-symbol')).toEqual([]);
  });

  it('reports a decision on the last row, whose "next step" exit leads nowhere', () => {
    // 13-menyusun-spm-ikm ends this way: an approval diamond as the last row.
    const doc = flowDoc('tpd', { 3: { no: 's2' } });
    expect(found(doc, 'decision-exit-missing')).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: { kind: 'step', stepId: 's3', column: 'yes' },
      }),
    ]);
    expect(found(flowDoc('tpdt', { 3: { no: 's2' } }), 'decision-exit-missing')).toEqual([]);
  });

  it('names custom exit labels in its messages', () => {
    const doc = flowDoc('tpd', { 3: { no: 's2', labels: ['Lengkap', 'Tidak lengkap'] } });
    expect(found(doc, 'decision-exit-missing')[0]?.message).toContain('"Lengkap"');
  });

  it('rejects exits to a missing step or to the decision itself', () => {
    const doc = flowDoc('tpdt', { 3: { yes: 's9', no: 's3' } });
    const findings = found(doc, 'decision-exit-invalid');
    expect(findings.map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's3', column: 'yes' },
      { kind: 'step', stepId: 's3', column: 'no' },
    ]);
    expect(findings[0]?.message).toContain('tidak ada');
    expect(findings[1]?.message).toContain('itu sendiri');
  });

  it('rejects a decision whose two exits go to the same step', () => {
    // Both null: both exits mean "the next step".
    expect(found(flowDoc('tpdpt'), 'decision-exits-same')).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: { kind: 'step', stepId: 's3', column: 'no' },
      }),
    ]);
    expect(
      found(flowDoc('tpdpt', { 3: { yes: 's4', no: 's4' } }), 'decision-exits-same'),
    ).toHaveLength(1);
    expect(found(flowDoc('tpdpt', { 3: { no: 's2' } }), 'decision-exits-same')).toEqual([]);
  });

  it('rejects Ya/Tidak exits on a capsule or a process step', () => {
    const doc = flowDoc('tpt', { 1: { no: 's3' }, 2: { yes: 's3', no: 's1' } } as Record<
      number,
      Partial<Step>
    >);
    const findings = found(doc, 'exit-on-non-decision');
    expect(findings.map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's1', column: 'no' },
      { kind: 'step', stepId: 's2', column: 'yes' },
      { kind: 'step', stepId: 's2', column: 'no' },
    ]);
    expect(findings[0]?.message).toContain('kapsul');
    expect(findings[1]?.message).toContain('kotak (proses)');
    expect(found(flowDoc('tpt'), 'exit-on-non-decision')).toEqual([]);
  });
});
