// The layout web SOP builders export: three sub-columns per executor lane under capital headers,
// symbols as bordered or filled cells, `⬇` rows between steps, decision exits written as text.
// A table of marks with grid lines stays a table of marks.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { buildWorkbook, type CellSpec } from './workbook-builder';

const HEADER: Record<string, CellSpec> = {
  A1: 'No',
  B1: 'Kegiatan',
  C1: 'PELAKSANA',
  L1: 'MUTU BAKU',
  O1: 'Keterangan',
  C2: 'STAF',
  F2: 'KASI',
  I2: 'KABID',
  L2: 'Kelengkapan',
  M2: 'Waktu',
  N2: 'Output',
};
const HEADER_MERGES = ['A1:A2', 'B1:B2', 'C1:K1', 'L1:N1', 'O1:O2', 'C2:E2', 'F2:H2', 'I2:K2'];

async function importSheet(cells: Record<string, CellSpec>, merges: string[] = []) {
  const bytes = buildWorkbook([
    { name: 'SOP', cells: { ...HEADER, ...cells }, merges: [...HEADER_MERGES, ...merges] },
  ]);
  const sop = (await importWorkbook(bytes)).sops[0];
  if (!sop) throw new Error('no SOP imported');
  return sop;
}

describe('symbols drawn as styled cells', () => {
  const cells: Record<string, CellSpec> = {
    A3: 1,
    B3: 'Mulai',
    C3: { text: 'START', look: 'boxed-filled' },
    G4: '⬇',
    A5: 2,
    B5: 'Memeriksa berkas',
    D5: { text: 'Memeriksa berkas', look: 'boxed' },
    G5: { text: 'Memeriksa berkas', look: 'boxed' },
    G6: '↓',
    A7: 3,
    B7: 'Berkas lengkap?',
    G7: { text: 'Berkas lengkap?', look: 'filled' },
    G8: '(Lengkap) ⬇',
    H8: '(Tidak lengkap) ⬅ Ke #2',
    A9: 4,
    B9: 'Menandatangani surat',
    J9: { text: 'Menandatangani surat', look: 'boxed-filled' },
    K9: '➡ Ke #1',
    J10: '⬇',
    A11: 5,
    B11: 'Selesai',
    I11: { text: 'SELESAI', look: 'boxed' },
  };

  it('reads executors, symbols, exits and custom labels from the cells', async () => {
    const { document } = await importSheet(cells, ['C3:E3', 'I11:K11']);
    expect(document.executors.map((e) => e.name)).toEqual(['STAF', 'KASI', 'KABID']);
    expect(document.steps.map((s) => [s.activity, s.symbol, s.executors])).toEqual([
      ['Mulai', 'terminator', ['e1']],
      // Joint: the arrow above enters the KASI lane, so KASI comes first.
      ['Memeriksa berkas', 'process', ['e2', 'e1']],
      ['Berkas lengkap?', 'decision', ['e2']],
      ['Menandatangani surat', 'process', ['e3']],
      ['Selesai', 'terminator', ['e3']],
    ]);
    const decision = document.steps[2];
    expect([decision?.yes, decision?.no, decision?.labels]).toEqual([
      null,
      's2',
      ['Lengkap', 'Tidak lengkap'],
    ]);
  });

  it('reports a jump written on a step that is not a decision, with its cell', async () => {
    const { report } = await importSheet(cells, ['C3:E3', 'I11:K11']);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        sheet: 'SOP',
        cell: 'K9',
        message: expect.stringContaining('ke langkah nomor 1'),
      }),
    );
    expect(report.recognised.join('\n')).toContain(
      'Lengkap → langkah berikutnya, Tidak lengkap → langkah 2',
    );
  });

  it('takes the activity from the symbol cell when the Kegiatan cell is empty, and says so', async () => {
    const { document, report } = await importSheet({
      A3: 1,
      B3: 'Mulai',
      D3: { text: 'START', look: 'filled' },
      A4: 2,
      G4: { text: 'Mengarsipkan surat', look: 'boxed' },
      A5: 3,
      B5: 'Selesai',
      G5: { text: 'SELESAI', look: 'boxed' },
    });
    expect(document.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Mengarsipkan surat',
      'Selesai',
    ]);
    expect(report.warnings.map((w) => w.cell)).toContain('B4');
  });

  it('reads a decision asked as a question, and Y/T exits to a missing step as a warning', async () => {
    const { document, report } = await importSheet({
      A3: 1,
      B3: 'Mulai',
      D3: { text: 'MULAI', look: 'filled' },
      A4: 2,
      B4: 'Sudah ditandatangani?',
      D4: { text: 'Sudah ditandatangani?', look: 'boxed' },
      A5: 3,
      B5: 'Apakah lengkap',
      D5: { text: 'Apakah lengkap', look: 'boxed' },
      D6: 'Y ↓\nT → Ke #9',
      A7: 4,
      B7: 'Selesai',
      D7: { text: 'END', look: 'boxed' },
    });
    expect(document.steps.map((s) => s.symbol)).toEqual([
      'terminator',
      'decision',
      'decision',
      'terminator',
    ]);
    expect([document.steps[2]?.no, document.steps[2]?.labels]).toEqual([null, null]);
    expect(report.warnings.map((w) => `${w.cell} ${w.message}`)).toContainEqual(
      expect.stringMatching(/^D6 .*nomor 9, yang tidak ada/),
    );
  });
});

describe('a workbook written by ExcelJS the way web SOP builders write it', () => {
  it('imports its symbols, arrows and exits', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SOP');
    for (const [address, value] of Object.entries(HEADER))
      sheet.getCell(address).value = value as string;
    for (const range of HEADER_MERGES) sheet.mergeCells(range);
    const thin = { style: 'thin' as const };
    const symbol = (address: string, text: string, merge?: string): void => {
      if (merge) sheet.mergeCells(merge);
      const cell = sheet.getCell(address);
      cell.value = text;
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    };
    const row = (n: number, no: number | null, activity: string): void => {
      if (no !== null) sheet.getCell(`A${n}`).value = no;
      sheet.getCell(`B${n}`).value = activity;
    };
    row(3, 1, 'Mulai');
    symbol('C3', 'START', 'C3:E3');
    sheet.getCell('D4').value = '⬇';
    row(5, 2, 'Memeriksa kelengkapan berkas');
    symbol('G5', 'Memeriksa kelengkapan berkas');
    sheet.getCell('G6').value = '⬇';
    row(7, 3, 'Berkas lengkap');
    symbol('G7', 'Berkas lengkap');
    sheet.getCell('G8').value = '(YA) ⬇';
    sheet.getCell('H8').value = '(TIDAK) ➡ Ke #2';
    row(9, 4, 'Selesai');
    symbol('I9', 'END', 'I9:K9');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sop = (await importWorkbook(bytes)).sops[0];
    expect(sop?.document.steps.map((s) => [s.symbol, s.executors, s.no])).toEqual([
      ['terminator', ['e1'], null],
      ['process', ['e2'], null],
      ['decision', ['e2'], 's2'],
      ['terminator', ['e3'], null],
    ]);
  });
});

describe('a table of marks with grid lines', () => {
  it('stays a table of marks though one lane cell holds a word', async () => {
    const { document, report } = await importSheet({
      A3: 1,
      B3: 'Menerima berkas',
      C3: { text: 'X', look: 'boxed' },
      A4: 2,
      B4: 'Memeriksa berkas',
      F4: { text: 'Paraf', look: 'boxed' },
      A5: 3,
      B5: 'Menyetujui',
      I5: { text: 'v', look: 'boxed' },
    });
    expect(document.steps.map((s) => [s.symbol, s.executors])).toEqual([
      ['terminator', ['e1']],
      ['process', ['e2']],
      ['terminator', ['e3']],
    ]);
    expect(report.warnings.map((w) => w.cell)).toContain('F4');
  });
});
