// The two hand-made BASARNAS workbooks import to their expected documents (drawn shapes, glued
// elbow connectors, off-page pentagon pairs, picture boxes, joint activities, skipped numbers).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { describeWarning } from '../../../shared/import';

const dir = join(import.meta.dirname, '../../fixtures/real');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const expected = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('real BASARNAS workbooks', () => {
  it('imports Verifikasi Berita (identity sheet + flowchart sheet) to the expected document', async () => {
    const result = await importWorkbook(read('basarnas-verifikasi-berita.xlsx'));
    expect(result.sops).toHaveLength(1);
    const [sop] = result.sops;
    // The BASARNAS emblem anchored at COVER!D2 is the logo, its bytes as stored in the workbook.
    const logo = sop?.document.identity.logo;
    const media = unzipSync(read('basarnas-verifikasi-berita.xlsx'))['xl/media/image1.png'];
    expect(logo?.mime).toBe('image/png');
    expect(Buffer.from(logo?.data ?? '', 'base64').equals(Buffer.from(media ?? []))).toBe(true);
    expect(sop?.document).toEqual(expected('basarnas-verifikasi-berita.expected.sop.json'));
    expect(sop?.report.sheets).toEqual(['COVER', 'SOP VERIFIKASI BERITA SAR ']);
    const warnings = sop?.report.warnings.map(describeWarning) ?? [];
    // The decision's Tidak exit reaches step 5 through a pentagon pair; the extra arrow from step 5
    // to step 7 cannot be stored and is reported; the review says where the logo came from.
    expect(warnings).toEqual([
      'Lembar "SOP VERIFIKASI BERITA SAR ", sel B10: Panah dari langkah 5 ke langkah 7 tidak disimpan: hanya keputusan yang boleh bercabang, alur lain mengikuti urutan langkah.',
    ]);
    expect(sop?.report.recognised).toContain(
      'Logo diambil dari gambar di lembar "COVER", sel D2 (PNG, 260 × 274 piksel).',
    );
    expect(sop?.report.recognised.join('\n')).toMatch(
      /5 pelaksana, 8 langkah, 1 keputusan; kertas Legal/,
    );
    expect(sop?.report.recognised).toContain(
      'Keputusan langkah 7: Ya → langkah 8, Tidak → langkah 5.',
    );
  });

  it('imports both SOPs of Penanganan Informasi Bencana (one per sheet, no identity)', async () => {
    const result = await importWorkbook(read('basarnas-penanganan-informasi-bencana.xlsx'));
    expect(result.sops.map((s) => s.document)).toEqual([
      expected('basarnas-penanganan-informasi-bencana.sheet1.expected.sop.json'),
      expected('basarnas-penanganan-informasi-bencana.sheet2.expected.sop.json'),
    ]);
    const second = result.sops[1]?.report.warnings.map(describeWarning) ?? [];
    expect(second).toContain(
      'Lembar "SOP LENGKAP", sel B12: Nomor langkah 8 sesudah 6; langkah dinomori ulang menurut urutan (langkah 7).',
    );
    expect(second).toContain(
      'Lembar "SOP LENGKAP", sel V14: Sel digabung sampai baris 17 dan mencakup 4 langkah; isinya hanya dipakai untuk langkah pada baris 14.',
    );
    expect(
      second.some((w) =>
        w.includes('sel B2: Tidak ada identitas SOP; nama SOP diambil dari judul tabel'),
      ),
    ).toBe(true);
    expect(second.filter((w) => w.includes('dibaca sebagai kotak proses'))).toHaveLength(11);
    expect(second).toContain(
      'Lembar "SOP LENGKAP", sel D6: Teks pada simbol ("Mulai") tidak disimpan; kegiatan diambil dari kolom kegiatan.',
    );
  });
});
