// The checks over the 67 real SOPs of tests/fixtures/sops: what they find there, verified by
// reading the files (docs/format.md §8 describes what they hold).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSopJson, type SopDocument } from '../../../shared/model';
import {
  formatFindingLocation,
  runChecks,
  type CheckReport,
  type RuleId,
} from '../../../shared/rules';
import { chainBreaks } from '../../../shared/rules/checks/chain';

const dir = new URL('../../fixtures/sops/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.sop.json'));
const corpus = new Map<string, { doc: SopDocument; report: CheckReport }>(
  files.map((name) => {
    const doc = parseSopJson(readFileSync(new URL(name, dir), 'utf8'));
    return [name.replace('.sop.json', ''), { doc, report: runChecks(doc) }];
  }),
);

/** `file: location` of every finding of a rule over the corpus, in file order. */
function where(id: RuleId): string[] {
  return [...corpus].flatMap(([name, { doc, report }]) =>
    report.findings
      .filter((finding) => finding.id === id)
      .map((finding) => `${name.slice(0, 2)}: ${formatFindingLocation(finding.location, doc)}`),
  );
}

function count(id: RuleId): number {
  return where(id).length;
}

describe('checks over the real SOP corpus', () => {
  it('reads and checks all 67 SOPs, every finding pointing at something that exists', () => {
    expect(corpus.size).toBe(67);
    for (const [name, { doc, report }] of corpus) {
      for (const finding of report.findings) {
        const location = finding.location;
        if (location.kind === 'step')
          expect(
            doc.steps.some((s) => s.id === location.stepId),
            name,
          ).toBe(true);
        if (location.kind === 'executor') {
          expect(
            doc.executors.some((e) => e.id === location.executorId),
            name,
          ).toBe(true);
        }
        expect(finding.message.length, name).toBeGreaterThan(20);
      }
    }
  });

  it('finds the executor columns that no step uses (7 SOPs)', () => {
    expect(where('executor-without-steps')).toEqual([
      '22: Pelaksana Kabid KBK3',
      '33: Pelaksana Kepala Dinas',
      '42: Pelaksana Kabid',
      '44: Pelaksana PKB',
      '51: Pelaksana Kepala DP3AP2KB',
      '51: Pelaksana Kabid P4',
      '52: Pelaksana Kepala DP3AP2KB',
      '59: Pelaksana Bupati',
      '59: Pelaksana Perwakilan BKKBN Prov',
    ]);
  });

  it('finds the one SOP whose table ends on an approval diamond', () => {
    // 13 Menyusun SPM/IKM/SOP: row 10 is a decision and the last row; its Ya exit has nowhere to go.
    expect(where('last-not-terminator')).toEqual(['13: Langkah 10 › Simbol']);
    expect(where('decision-exit-missing')).toEqual(['13: Langkah 10 › Arah Ya']);
    expect(where('first-not-terminator')).toEqual([]);
  });

  it('finds activities written with their executor as subject', () => {
    // Katingan writes "Kasi membuat …", "Kepala Bidang menerima …", "Pimpinan mengoreksi …";
    // PPU Dupak "Kabid memberikan …", "Kadis menandatangani …"; PPU data "PLKB …", "Petugas …".
    expect(where('activity-starts-with-executor')).toEqual([
      ...[1, 2, 3, 4, 6, 8, 9, 10, 11, 13].map((n) => `01: Langkah ${n} › Kegiatan`),
      '49: Langkah 4 › Kegiatan',
      '49: Langkah 5 › Kegiatan',
      '59: Langkah 1 › Kegiatan',
      '59: Langkah 2 › Kegiatan',
    ]);
    const kelana = corpus.get('01-pembinaan-kelana-katingan')!.report.findings;
    expect(kelana.find((f) => f.id === 'activity-starts-with-executor')?.message).toContain(
      'misalnya "Membuat Konsep Kerangka Acuan Kerja (KAK) …"',
    );
  });

  it('finds rows with an empty Waktu or Output, but not the explicit Selesai rows', () => {
    expect(where('step-without-time')).toEqual([
      '12: Langkah 2 › Waktu',
      '24: Langkah 7 › Waktu',
      '41: Langkah 6 › Waktu',
      '42: Langkah 5 › Waktu',
      '43: Langkah 1 › Waktu',
      '74: Langkah 4 › Waktu',
      '76: Langkah 4 › Waktu',
      '79: Langkah 6 › Waktu',
      '80: Langkah 1 › Waktu',
      '80: Langkah 3 › Waktu',
      '80: Langkah 7 › Waktu',
    ]);
    expect(where('step-without-output')).toEqual([
      '42: Langkah 5 › Output',
      '43: Langkah 1 › Output',
      '52: Langkah 2 › Output',
      '52: Langkah 4 › Output',
      '52: Langkah 5 › Output',
    ]);
    // Every Waktu in the corpus that is filled in can be read.
    expect(count('time-unreadable')).toBe(0);
  });

  it('reports every identity item of the SOP printed without its identity part', () => {
    // 43 Disiplin Pegawai (PKB): the page starts at the table; only the name is known.
    const { doc, report } = corpus.get('43-disiplin-pegawai-pkb')!;
    const identity = report.findings.filter((f) => f.id === 'identity-empty');
    expect(identity.map((f) => `${f.severity} ${formatFindingLocation(f.location, doc)}`)).toEqual([
      'warning Identitas › Pemerintah',
      'warning Identitas › Instansi',
      'hint Identitas › Unit kerja',
      'warning Identitas › Nomor SOP',
      'warning Identitas › Tanggal Pembuatan',
      'warning Identitas › Tanggal Efektif',
      'warning Identitas › Jabatan pengesah',
      'warning Identitas › Nama pengesah',
      'hint Identitas › NIP pengesah',
      'warning Identitas › Dasar Hukum',
      'hint Identitas › Kualifikasi Pelaksana',
      'hint Identitas › Keterkaitan',
      'hint Identitas › Peralatan/Perlengkapan',
      'hint Identitas › Peringatan',
      'hint Identitas › Pencatatan dan Pendataan',
    ]);
  });

  it('finds the SOPs without a number: the Bekasi drafts and PPU copies without identity data', () => {
    const numbers = where('identity-empty').filter((line) => line.endsWith('Nomor SOP'));
    expect(numbers.map((line) => line.slice(0, 2))).toEqual([
      '02',
      '07',
      '08',
      '11',
      '12',
      '16',
      '18',
      '19',
      '43',
      '62',
      '68',
      '69',
      '70',
      '71',
      '72',
      '74',
      '75',
      '76',
      '77',
      '79',
      '80',
    ]);
    expect(where('identity-empty').filter((line) => line.endsWith('Nama SOP'))).toEqual([]);
  });

  it('finds no NIP, date-order or flow-graph problems, because the corpus has none', () => {
    // NIPs are written 8-6-1-3, 8-6-4 or as 18 digits; dates are in order or do not parse
    // (`Januari 2020`, `Septemebr 2023`); every decision returns to an earlier row or skips ahead.
    for (const id of [
      'nip-invalid',
      'created-after-effective',
      'step-unreachable',
      'no-way-to-end',
      'decision-exit-invalid',
      'decision-exits-same',
      'exit-on-non-decision',
      'unknown-symbol',
      'terminator-in-middle',
      'step-without-executor',
      'no-steps',
    ] as RuleId[]) {
      expect(where(id), id).toEqual([]);
    }
  });

  it('hints at broken Output → Kelengkapan chains, once per SOP, and not at chains that hold', () => {
    // About one pair in five of the 537 in the corpus does not chain (docs/format.md §2.1 calls chaining
    // "nearly always"); these are real, e.g. PPU Hari Ibu: output "Telahaan Staf", next row "Regulasi".
    const breaks = [...corpus].flatMap(([name, { doc }]) =>
      chainBreaks(doc).map(({ index }) => `${name.slice(0, 2)}: Langkah ${index + 1}`),
    );
    expect(breaks.length).toBeGreaterThan(80);
    expect(breaks.length).toBeLessThan(140);
    expect(breaks).toContain('28: Langkah 1');
    expect(breaks).toContain('04: Langkah 6'); // "bukti pengajuan" → "draft rkt"
    expect(breaks).toContain('81: Langkah 3'); // "Tertibnya Administrasi" → "Dokumen"
    // Purwakarta: "Kerjasama" → "Sarana prasarana Kelengkapan Pembinaan" is equipment only.
    expect(breaks).not.toContain('81: Langkah 5');
    // Katingan: "Kerangka Acuan Kerja" → "Konsep Kerangka Acuan Kerja" chains.
    expect(breaks).not.toContain('01: Langkah 1');
    // UPTD: "Jadwal Penjangkauan Klien" → "Transportasi, Alat dokumentasi" is equipment only.
    expect(breaks).toContain('69: Langkah 1');
    expect(breaks).not.toContain('69: Langkah 5');
    // One hint per SOP with a break, at its first break, naming every one.
    const hints = where('output-not-chained');
    const sopsWithBreaks = [...corpus].filter(([, { doc }]) => chainBreaks(doc).length > 0);
    expect(hints).toHaveLength(sopsWithBreaks.length);
    expect(hints).toContain('28: Langkah 1 › Output');
    for (const [name, { doc, report }] of sopsWithBreaks) {
      const hint = report.findings.find((f) => f.id === 'output-not-chained');
      const steps = chainBreaks(doc).map(
        ({ index, target }) => `langkah ${index + 1} → ${target + 1}`,
      );
      if (steps.length > 1) expect(hint?.message, name).toContain(steps.join(', '));
    }
  });

  it('totals every SOP, as a range where decisions loop back', () => {
    for (const [name, { doc, report }] of corpus) {
      const { total } = report;
      expect(total.min, name).toBeLessThanOrEqual(total.max);
      expect(total.path[0], name).toBe(doc.steps[0]?.id);
      const loopsBack = doc.steps.some((step, i) => {
        const target = doc.steps.findIndex((s) => s.id === step.no);
        return step.symbol === 'decision' && target >= 0 && target < i;
      });
      expect(total.loops, name).toBe(loopsBack);
    }
    // 59 Penyediaan Data: every row is "real time".
    expect(corpus.get('59-penyediaan-data-informasi-keluarga')!.report.total).toMatchObject({
      min: 0,
      max: 0,
    });
    // 80 Rakor: three rows without time are left out of the total.
    expect(corpus.get('80-rakor-organisasi-wanita-bekasi')!.report.total.uncounted).toEqual([
      's1',
      's3',
      's7',
    ]);
  });
});
