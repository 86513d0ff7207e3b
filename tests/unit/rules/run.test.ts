// runChecks as a whole: findings in reading order, readable locations, the total alongside, and
// documents that are large or broken in every way at once.
import { describe, expect, it } from 'vitest';
import {
  formatFindingLocation,
  RULE_TITLES,
  runChecks,
  sortFindings,
  type Finding,
} from '../../../shared/rules';
import { cleanDoc, flowDoc } from './docs';

describe('runChecks', () => {
  it('returns the findings in reading order with the total time', () => {
    const doc = flowDoc('ppdp', { 3: { no: 's9' }, 2: { time: '' } });
    doc.identity.name = '';
    doc.identity.approvedBy.nip = '123';
    doc.executors.push({ id: 'e3', name: 'Bupati' });
    const report = runChecks(doc);
    expect(report.findings.map((f) => [f.id, formatFindingLocation(f.location, doc)])).toEqual([
      ['nip-invalid', 'Identitas › NIP pengesah'],
      ['identity-empty', 'Identitas › Nama SOP'],
      ['executor-without-steps', 'Pelaksana Bupati'],
      ['first-not-terminator', 'Langkah 1 › Simbol'],
      ['step-without-time', 'Langkah 2 › Waktu'],
      ['decision-exit-invalid', 'Langkah 3 › Arah Tidak'],
      ['last-not-terminator', 'Langkah 4 › Simbol'],
    ]);
    expect(report.total).toMatchObject({ min: 90, max: 90, uncounted: ['s2'], reachesEnd: true });
  });

  it('puts errors before warnings and hints at one place', () => {
    const at = { kind: 'step', stepId: 's1', column: 'time' } as const;
    const findings: Finding[] = [
      { id: 'time-unreadable', severity: 'hint', message: '', location: at },
      { id: 'step-without-time', severity: 'warning', message: '', location: at },
      {
        id: 'unknown-symbol',
        severity: 'error',
        message: '',
        location: { ...at, column: 'symbol' },
      },
      { id: 'no-steps', severity: 'error', message: '', location: { kind: 'document' } },
    ];
    expect(sortFindings(findings, cleanDoc()).map((f) => f.id)).toEqual([
      'no-steps',
      'unknown-symbol',
      'step-without-time',
      'time-unreadable',
    ]);
  });

  it('names locations in Indonesian, with custom exit labels', () => {
    const doc = flowDoc('tdt', { 2: { labels: ['Lengkap', 'Tidak lengkap'] } });
    expect(formatFindingLocation({ kind: 'step', stepId: 's2', column: 'no' }, doc)).toBe(
      'Langkah 2 › Arah Tidak lengkap',
    );
    expect(formatFindingLocation({ kind: 'step', stepId: 's3', column: 'requirements' }, doc)).toBe(
      'Langkah 3 › Kelengkapan',
    );
    expect(formatFindingLocation({ kind: 'identity', field: 'createdDate' }, doc)).toBe(
      'Identitas › Tanggal Pembuatan',
    );
    expect(formatFindingLocation({ kind: 'executor', executorId: 'e2' }, doc)).toBe(
      'Pelaksana Kasi',
    );
    expect(formatFindingLocation({ kind: 'document' }, doc)).toBe('Dokumen');
  });

  it('writes every message in Indonesian and gives every rule a title', () => {
    const doc = flowDoc('pdpdp', {
      2: { yes: 's2', executors: [] },
      4: { no: 's2' },
      3: { time: 'x', output: '-' },
    });
    doc.identity = cleanDoc().identity;
    doc.identity.name = '';
    const findings = runChecks(doc).findings;
    expect(findings.map((f) => f.id)).toEqual([
      'identity-empty',
      'first-not-terminator',
      'step-without-executor',
      'decision-exit-invalid',
      'time-unreadable',
      'step-without-output',
      'last-not-terminator',
    ]);
    for (const finding of findings) {
      expect(finding.message).toMatch(/^[A-Z][^]*\.$/);
      expect(finding.message).not.toMatch(/\b(the|step|must|undefined|null|NaN)\b/i);
    }
    // Titles are short labels: a capital first, no full stop.
    for (const title of Object.values(RULE_TITLES)) expect(title).toMatch(/^[A-Z][^.]*[a-z]$/);
  });

  it('does not change the document it checks', () => {
    const doc = flowDoc('tpdpt', { 3: { no: 's2' } });
    const before = JSON.stringify(doc);
    runChecks(doc, { hoursPerDay: 6 });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('handles a document of 5000 steps with many decisions', () => {
    const symbols = `t${'pppd'.repeat(1249)}ppt`;
    const overrides: Record<number, { no: string }> = {};
    for (let n = 5; n < symbols.length; n += 4) overrides[n] = { no: `s${n - 2}` };
    const doc = flowDoc(symbols, overrides);
    const report = runChecks(doc);
    expect(doc.steps).toHaveLength(5000);
    expect(report.findings).toEqual([]);
    expect(report.total.path).toHaveLength(5000);
    expect(report.total.loops).toBe(true);
  });

  it('survives a flow where every decision points everywhere at once', () => {
    const doc = flowDoc('dddd', {
      1: { yes: 's4', no: 's1' },
      2: { yes: 's1', no: 's3' },
      3: { yes: 's2', no: 's9' },
      4: { yes: 's3', no: 's2' },
    });
    const report = runChecks(doc);
    // Step 1's Tidak returns to itself and step 3's goes nowhere; none of them reaches an end.
    expect(report.findings.map((f) => [f.id, formatFindingLocation(f.location, doc)])).toEqual([
      ['first-not-terminator', 'Langkah 1 › Simbol'],
      ['no-way-to-end', 'Langkah 1 › Simbol'],
      ['decision-exit-invalid', 'Langkah 1 › Arah Tidak'],
      ['decision-exit-invalid', 'Langkah 3 › Arah Tidak'],
      ['last-not-terminator', 'Langkah 4 › Simbol'],
    ]);
    expect(report.total.reachesEnd).toBe(false);
  });
});
