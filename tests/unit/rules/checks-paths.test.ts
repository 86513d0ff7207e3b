// Graph checks over the derived flow: every step reachable from the first, and from every
// reachable step a way to the end.
import { describe, expect, it } from 'vitest';
import { mainPath, runChecks, successors, type RuleId } from '../../../shared/rules';
import { flowDoc } from './docs';

const found = (doc: ReturnType<typeof flowDoc>, id: RuleId) =>
  runChecks(doc).findings.filter((finding) => finding.id === id);

describe('flow derivation', () => {
  it('links rows in order and decisions to their targets', () => {
    const doc = flowDoc('tpdpt', { 3: { no: 's2' } });
    expect(successors(doc.steps)).toEqual([[1], [2], [3, 1], [4], []]);
    expect(mainPath(doc.steps)).toEqual({ path: [0, 1, 2, 3, 4], reachesEnd: true });
  });
});

describe('path checks', () => {
  it('reports steps that no exit leads to', () => {
    // s3 sends Ya to s5 and Tidak back to s2: s4 is never reached.
    const doc = flowDoc('tpdpt', { 3: { yes: 's5', no: 's2' } });
    expect(found(doc, 'step-unreachable')).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: { kind: 'step', stepId: 's4', column: 'activity' },
      }),
    ]);
    expect(found(flowDoc('tpdpt', { 3: { no: 's2' } }), 'step-unreachable')).toEqual([]);
  });

  it('reports every step after a jump that skips the rest', () => {
    const doc = flowDoc('tdppt', { 2: { yes: 's1', no: 's1' } });
    expect(found(doc, 'step-unreachable').map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's3', column: 'activity' },
      { kind: 'step', stepId: 's4', column: 'activity' },
      { kind: 'step', stepId: 's5', column: 'activity' },
    ]);
  });

  it('reports a loop with no way out once, naming its steps', () => {
    // Both exits of s4 return to earlier steps: s2-s4 repeat for ever.
    const doc = flowDoc('tppdt', { 4: { yes: 's2', no: 's3' } });
    const findings = found(doc, 'no-way-to-end');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      location: { kind: 'step', stepId: 's1' },
    });
    expect(findings[0]?.message).toContain('langkah 1, 2, 3 dan 4');
    expect(found(doc, 'step-unreachable').map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's5', column: 'activity' },
    ]);
  });

  it('accepts loops that have a way out, and broken exits are not reported twice', () => {
    expect(found(flowDoc('tppdt', { 4: { no: 's2' } }), 'no-way-to-end')).toEqual([]);
    // A decision on the last row leaves the table: that is an end (reported as a missing exit).
    expect(found(flowDoc('tpd', { 3: { no: 's2' } }), 'no-way-to-end')).toEqual([]);
    // Exits to nowhere are reported as invalid, not as a loop without an end.
    expect(found(flowDoc('tpdt', { 3: { yes: 'zz', no: 's3' } }), 'no-way-to-end')).toEqual([]);
  });
});
