// `sop import` as a subprocess: one .sop.json per SOP with the report printed (exit 0), a file
// without an SOP, not an SOP AP or not a workbook (exit 1), wrong arguments (exit 2).

import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { isoTemplateWorkbook } from '../xlsx/iso-template';

const REAL = path.resolve('tests/fixtures/real');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-import-'));

describe('sop import', () => {
  it('writes one .sop.json per SOP and prints the report', () => {
    const out = path.join(tmp, 'bencana');
    const result = runSop([
      'import',
      path.join(REAL, 'basarnas-penanganan-informasi-bencana.xlsx'),
      '-o',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '01-penanganan-informasi-potensi-bencana-kecelakaan-di-basarnas.sop.json',
      '02-penanganan-laporan-bencana-nasional-di-basarnas-command-cent.sop.json',
    ]);
    const second = parseSopJson(
      readFileSync(
        path.join(out, '02-penanganan-laporan-bencana-nasional-di-basarnas-command-cent.sop.json'),
        'utf8',
      ),
    );
    const expected = readFileSync(
      path.join(REAL, 'basarnas-penanganan-informasi-bencana.sheet2.expected.sop.json'),
      'utf8',
    );
    expect(second).toEqual(JSON.parse(expected));
    expect(result.stdout).toContain('Lembar "SOP LENGKAP", sel B12: Nomor langkah 8 sesudah 6');
    expect(result.stdout).toContain(
      '2 SOP diimpor dari basarnas-penanganan-informasi-bencana.xlsx.',
    );
  });

  it('exits 1 with the reason when the file is not a workbook', () => {
    const file = path.join(tmp, 'lama.xls');
    writeFileSync(file, readFileSync(path.resolve('tests/fixtures/xlsx/old-format.xls')));
    const result = runSop(['import', file, '-o', path.join(tmp, 'none')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('format Excel lama (.xls)');
  });

  it('exits 1 and writes nothing for a workbook that is not an SOP AP', () => {
    const file = path.join(tmp, 'manual-mutu.xlsx');
    writeFileSync(file, isoTemplateWorkbook());
    const out = path.join(tmp, 'manual');
    const result = runSop(['import', file, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('manual-mutu.xlsx: Berkas ini bukan SOP AP');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a missing output folder option', () => {
    const result = runSop(['import', path.join(REAL, 'basarnas-verifikasi-berita.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('sop import <berkas.xlsx|berkas.pdf…> -o <folder>');
  });
});
