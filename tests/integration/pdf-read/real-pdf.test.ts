// The flowchart recogniser on a PDF printed by Office (through EMF: every line a thin filled
// polygon, every symbol a ring, borders as filled rectangles): the BPS Bengkulu CAPI SOP's table,
// executors, symbols and texts, over a page break whose page does not repeat the header.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import type { ImportResult } from '../../../shared/import';
import { readPages } from './make-pdf';

const capi = join(import.meta.dirname, '../../fixtures/pdf-real/bps-bengkulu-pengolahan-capi.pdf');

describe('an Office-printed SOP PDF (bps-bengkulu-pengolahan-capi.pdf)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = recognisePages(await readPages(new Uint8Array(readFileSync(capi))));
  });

  it('finds the identity on page 1 and one table over pages 2 and 3 with its four executors', () => {
    expect(result.sops).toHaveLength(1);
    const { document, report } = result.sops[0]!;
    expect(document.executors.map((e) => e.name)).toEqual([
      'Kepala BPS Prov',
      'PJK Terkait',
      'PJK Pengolahan',
      'Petugas (Organik/Mitra)',
    ]);
    expect(report.pdf).toEqual({ pages: [1, 2, 3] });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        page: 3,
        message: expect.stringMatching(/lanjutan tabel/),
      }),
    );
  });

  it('reads each row as a step with its symbol and executors', () => {
    const { document } = result.sops[0]!;
    const names = new Map(document.executors.map((e) => [e.id, e.name]));
    const steps = document.steps.map((s) => [s.symbol, s.executors.map((id) => names.get(id))]);
    expect(steps).toEqual([
      ['terminator', ['Kepala BPS Prov']],
      ['process', ['PJK Terkait', 'PJK Pengolahan']],
      ['process', ['Petugas (Organik/Mitra)']],
      ['process', ['Petugas (Organik/Mitra)', 'PJK Pengolahan']],
      ['process', ['PJK Terkait']],
      ['process', ['PJK Pengolahan']],
      ['process', ['PJK Terkait']],
      ['decision', ['PJK Terkait', 'Petugas (Organik/Mitra)']],
      ['process', ['PJK Terkait']],
      ['process', ['PJK Pengolahan']],
      ['process', ['PJK Pengolahan']],
      ['terminator', ['Kepala BPS Prov']],
    ]);
  });

  it('reads the texts of a table without Kelengkapan', () => {
    const { document } = result.sops[0]!;
    const first = document.steps[0]!;
    expect(first.activity).toBe(
      'Memberikan perintah untuk mengikuti pelatihan pendataan Survei/Sensus yang menggunakan Moda CAPI (Computer Assisted Personal Interview)',
    );
    expect([first.requirements, first.time, first.output]).toEqual([
      '',
      '5 menit',
      'Disposisi Kepala BPS Provinsi',
    ]);
    expect(document.steps.map((s) => s.time)).toEqual([
      '5 menit',
      '2-3 hari',
      '2-3 hari',
      '1 bulan',
      '2 Minggu',
      '2 Minggu',
      '2 Minggu',
      '2 Minggu',
      '2 hari',
      '2 hari',
      '1 hari',
      '',
    ]);
  });

  it('takes Letter pages as A4 and says so', () => {
    const { document, report } = result.sops[0]!;
    expect(document.print.paper).toBe('A4');
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/279 × 216 mm.*A4/) }),
    );
  });
});

const book = join(
  import.meta.dirname,
  '../../fixtures/pdf-real/bps-bengkulu-pengajuan-pembayaran.pdf',
);

describe('one identity page and eight tables (bps-bengkulu-pengajuan-pembayaran.pdf)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = recognisePages(await readPages(new Uint8Array(readFileSync(book))));
  });

  it('reads one SOP per table, each with the identity of page 1, named by the heading above it', () => {
    expect(result.sops.map((s) => s.document.identity.name)).toEqual([
      'Pengajuan Belanja Akun 521211',
      'Pengajuan Belanja Akun 521213',
      'Pengajuan Belanja Akun 521811',
      'Pengajuan Belanja Akun 522151',
      'Pengajuan Belanja Akun 524111',
      'Pengajuan Belanja Akun 524113',
      'Pengajuan Belanja Akun 524114 dan 524119 (Perjalanan)',
      'Pengajuan Belanja Akun 524114 dan 524119 (Paket Meeting)',
    ]);
    expect(result.sops.map((s) => s.report.pdf)).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ pages: [1, n] })),
    );
  });

  it('reads Persyaratan/Perlengkapan as Kelengkapan and the decisions by their labelled lines', () => {
    const { document } = result.sops[4]!;
    expect(document.steps[0]!.requirements).toBe('Ketersediaan anggaran');
    const [approval, validation] = document.steps.filter((s) => s.symbol === 'decision');
    // Setuju?: Ya down to the next step, Tidak back to step 1; Valid?: Tidak back to step 6.
    expect([approval!.yes, approval!.no]).toEqual([null, document.steps[0]!.id]);
    expect([validation!.yes, validation!.no]).toEqual([null, document.steps[5]!.id]);
    expect(approval!.labels).toBeNull();
  });

  it('keeps a box hidden under a later white fill out of the steps', () => {
    const { document } = result.sops[4]!;
    const names = new Map(document.executors.map((e) => [e.id, e.name]));
    expect(document.steps[4]!.executors.map((id) => names.get(id))).toEqual(['KPA']);
  });
});
