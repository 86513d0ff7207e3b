// Checks on step cells: executors, time, output, the wording of the activity, and the Mutu Baku
// chain from one step's output to the next step's kelengkapan.
import { describe, expect, it } from 'vitest';
import { runChecks, type RuleId } from '../../../shared/rules';
import { chainBreaks } from '../../../shared/rules/checks/chain';
import { cleanDoc, docWithSteps, flowDoc } from './docs';

const found = (doc: ReturnType<typeof cleanDoc>, id: RuleId) =>
  runChecks(doc).findings.filter((finding) => finding.id === id);

describe('step cells', () => {
  it('requires at least one existing executor on every step', () => {
    const doc = flowDoc('tpt', { 2: { executors: [] }, 3: { executors: ['gone'] } });
    expect(found(doc, 'step-without-executor').map((f) => [f.severity, f.location])).toEqual([
      ['error', { kind: 'step', stepId: 's2', column: 'executors' }],
      ['error', { kind: 'step', stepId: 's3', column: 'executors' }],
    ]);
    expect(
      found(flowDoc('tpt', { 2: { executors: ['e1', 'e2'] } }), 'step-without-executor'),
    ).toEqual([]);
  });

  it('requires a time, and a "-" placeholder is no time', () => {
    const doc = flowDoc('tppt', { 2: { time: '' }, 3: { time: ' - ' } });
    expect(found(doc, 'step-without-time').map((f) => [f.severity, f.location])).toEqual([
      ['warning', { kind: 'step', stepId: 's2', column: 'time' }],
      ['warning', { kind: 'step', stepId: 's3', column: 'time' }],
    ]);
  });

  it('warns about a time it cannot read and hints at one that is deliberately open', () => {
    const doc = flowDoc('tppt', { 2: { time: 'segera' }, 3: { time: 'Waktu disesuaikan' } });
    const findings = found(doc, 'time-unreadable');
    expect(findings.map((f) => [f.severity, f.location])).toEqual([
      ['warning', { kind: 'step', stepId: 's2', column: 'time' }],
      ['hint', { kind: 'step', stepId: 's3', column: 'time' }],
    ]);
    expect(findings[0]?.message).toContain('"segera"');
    expect(found(flowDoc('tpt', { 2: { time: '1-3 Hari' } }), 'time-unreadable')).toEqual([]);
  });

  it('requires an output', () => {
    const doc = flowDoc('tpt', { 2: { output: '' } });
    expect(found(doc, 'step-without-output')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: { kind: 'step', stepId: 's2', column: 'output' },
      }),
    ]);
  });

  it('asks no time or output of explicit Mulai and Selesai rows', () => {
    const doc = flowDoc('tpt', {
      1: { activity: 'Mulai', time: '', output: '' },
      3: { activity: 'Selesai.', time: '', output: '', requirements: '' },
    });
    const ids = runChecks(doc).findings.map((f) => f.id);
    expect(ids).not.toContain('step-without-time');
    expect(ids).not.toContain('step-without-output');
    // An ordinary capsule with an activity still needs them.
    expect(found(flowDoc('tpt', { 3: { time: '' } }), 'step-without-time')).toHaveLength(1);
  });
});

describe('activity wording', () => {
  const activities = (texts: string[]) =>
    docWithSteps(
      texts.map((activity, i) => ({
        activity,
        symbol: i === 0 || i === texts.length - 1 ? 'terminator' : 'process',
        requirements: `Hasil ${i}`,
      })),
    );

  it('warns when an activity starts with an executor name or a common role word', () => {
    const doc = activities([
      'Kasi membuat konsep KAK',
      'Kepala Bidang menerima konsep',
      'a. Kabid memberikan paraf\nb. Meneruskan ke Kadis',
      'PLKB mengumpulkan form R1',
      'Sub Koor memeriksa data',
      'Pelaksana, mengetik konsep',
    ]);
    const findings = found(doc, 'activity-starts-with-executor');
    expect(findings.map((f) => f.location)).toEqual(
      ['s1', 's2', 's3', 's4', 's5', 's6'].map((stepId) => ({
        kind: 'step',
        stepId,
        column: 'activity',
      })),
    );
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]?.message).toContain('("Kasi")');
    expect(findings[0]?.message).toContain('"Membuat konsep KAK"');
    expect(findings[2]?.message).toContain('"Memberikan paraf"');
  });

  it('matches each part of an executor name such as "PKB/PLKB"', () => {
    const doc = activities([
      'Menerima tugas',
      'Penyuluh KB menyusun jadwal',
      'Menyerahkan laporan',
    ]);
    doc.executors.push({ id: 'e3', name: 'Analis / Penyuluh KB' });
    doc.steps[1]!.executors = ['e3'];
    expect(found(doc, 'activity-starts-with-executor').map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's2', column: 'activity' },
    ]);
  });

  it('accepts activities that start with a verb or a noun that is no executor', () => {
    const doc = activities([
      'Menerima surat masuk',
      'Pelaksanaan rapat koordinasi',
      'Konsep KAK diajukan melalui sekretaris',
      'Mengoreksi, Kepala Bidang memberi paraf',
      'Kasi',
      'Staffing dan penjadwalan',
    ]);
    expect(found(doc, 'activity-starts-with-executor')).toEqual([]);
  });
});

describe('output chain', () => {
  it('hints when an output does not appear in the next step kelengkapan', () => {
    const doc = flowDoc('tpt', { 1: { output: 'Telaahan Staf' }, 2: { requirements: 'Regulasi' } });
    const [finding, ...rest] = found(doc, 'output-not-chained');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'hint',
      location: { kind: 'step', stepId: 's1', column: 'output' },
    });
    expect(finding?.message).toContain('"Telaahan Staf"');
    expect(finding?.message).toContain('"Regulasi"');
  });

  it('gives one hint per SOP listing every step whose output does not chain', () => {
    const doc = flowDoc('tppppt', {
      1: { output: 'Telaahan Staf' },
      2: { requirements: 'Regulasi' },
      3: { output: 'Nota Dinas' },
      4: { requirements: 'Jadwal' },
      5: { output: 'Undangan' },
      6: { requirements: 'Daftar hadir' },
    });
    const findings = found(doc, 'output-not-chained');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'hint',
      location: { kind: 'step', stepId: 's1', column: 'output' },
    });
    expect(findings[0]?.message).toContain(
      'Output 3 langkah tidak tampak pada kelengkapan langkah sesudahnya: langkah 1 → 2, langkah 3 → 4, langkah 5 → 6.',
    );
    expect(chainBreaks(doc)).toEqual([
      { index: 0, target: 1 },
      { index: 2, target: 3 },
      { index: 4, target: 5 },
    ]);
  });

  it('tolerates spelling, draft/konsep and passive forms', () => {
    const pairs: [string, string][] = [
      ['Kerangka Acuan Kerja', 'Konsep Kerangka Acuan Kerja'],
      ['Draft RKA', 'konsep rka'],
      ['data di analisis', 'data yang telah dianalisi'],
      ['Hasil Penjangkauan Klien', 'Hasil Penjangkuan klien'],
      ['Surat terdistribusi', 'Pendistribusian surat'],
    ];
    for (const [output, requirements] of pairs) {
      const doc = flowDoc('tpt', { 1: { output }, 2: { requirements } });
      expect(found(doc, 'output-not-chained'), `${output} → ${requirements}`).toEqual([]);
    }
  });

  it('skips kelengkapan that lists only equipment, and Tidak exits that loop back', () => {
    expect(
      found(
        flowDoc('tpt', { 1: { output: 'Data klien' }, 2: { requirements: 'ATK, Komputer' } }),
        'output-not-chained',
      ),
    ).toEqual([]);
    expect(
      found(
        flowDoc('tpt', {
          1: { output: 'Data klien' },
          2: { requirements: 'Transportasi, Alat dokumentasi' },
        }),
        'output-not-chained',
      ),
    ).toEqual([]);
    // Equipment with a document still has to chain.
    expect(
      found(
        flowDoc('tpt', { 1: { output: 'Data klien' }, 2: { requirements: 'ATK, Rekam Perkara' } }),
        'output-not-chained',
      ),
    ).toHaveLength(1);
    // s3 approves: its output matches s4, and the rework target s2 is not compared.
    const loop = flowDoc('tpdt', {
      2: { requirements: 'Hasil 1' },
      3: { no: 's2', output: 'Hasil 3' },
    });
    expect(found(loop, 'output-not-chained')).toEqual([]);
  });

  it('compares with every forward exit of a decision', () => {
    // s3's Ya target s6 wants "Dokumen" but its Tidak target s4 takes the letter: chained.
    const doc = flowDoc('tpdppt', {
      3: { yes: 's6', no: 's4', output: 'Surat disetujui' },
      4: { requirements: 'Surat' },
      6: { requirements: 'Dokumen' },
    });
    expect(found(doc, 'output-not-chained').map((f) => f.location)).toEqual([
      { kind: 'step', stepId: 's5', column: 'output' },
    ]);
  });
});

describe('executors', () => {
  it('warns about an executor column no step uses', () => {
    const doc = cleanDoc();
    doc.executors.push({ id: 'e3', name: 'Bupati' });
    const findings = found(doc, 'executor-without-steps');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: { kind: 'executor', executorId: 'e3' },
      }),
    ]);
    expect(findings[0]?.message).toContain('"Bupati"');
  });

  it('warns about an executor column without a name', () => {
    const doc = cleanDoc();
    doc.executors[0]!.name = '  ';
    expect(found(doc, 'executor-unnamed')).toEqual([
      expect.objectContaining({ location: { kind: 'executor', executorId: 'e1' } }),
    ]);
    expect(found(cleanDoc(), 'executor-unnamed')).toEqual([]);
  });
});
