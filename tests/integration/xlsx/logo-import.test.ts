// The picture anchored in an SOP's identity area becomes its logo on import: PNG and JPEG as they
// are, and every picture that cannot be the logo (another format, too large, broken, missing, a
// second picture) is reported with its cell, so the review says exactly what happened.

import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { describeWarning } from '../../../shared/import';
import { base64, jpegBytes, pngBytes } from '../../support/pictures';
import { buildWorkbook, type CellSpec, type ShapeSpec } from './workbook-builder';

const IDENTITY: Record<string, CellSpec> = {
  C1: 'PEMERINTAH KOTA CONTOH',
  C2: 'DINAS CONTOH',
  E1: 'Nomor SOP',
  F1: '800/1/2026',
  E2: 'Tanggal Pembuatan',
  F2: '2 Januari 2026',
  E3: 'Disahkan oleh',
  F3: 'Kepala Dinas',
  E6: 'Nama SOP',
  F6: 'Pelayanan Surat',
  A8: 'Dasar Hukum',
  A9: 'Peraturan Daerah Nomor 1 Tahun 2020',
};

const TABLE: Record<string, CellSpec> = {
  A12: 'No',
  B12: 'Kegiatan',
  C12: 'Pelaksana',
  E12: 'Mutu Baku',
  H12: 'Keterangan',
  C13: 'Staf',
  D13: 'Kasi',
  E13: 'Kelengkapan',
  F13: 'Waktu',
  G13: 'Output',
  A14: 1,
  B14: 'Menerima surat',
  C14: 'X',
  F14: '10 menit',
  A15: 2,
  B15: 'Memeriksa surat',
  D15: 'X',
  F15: '15 menit',
};

/** A picture over columns `col`..`col + 1` of rows 1–5 (0-based column). */
function picture(id: number, col: number, name: string, bytes: Uint8Array): ShapeSpec {
  return { id, type: 'pic', from: [col, 0], to: [col + 1, 5], image: { name, bytes } };
}

async function imported(shapes: ShapeSpec[]) {
  const bytes = buildWorkbook([{ name: 'SOP', cells: { ...IDENTITY, ...TABLE }, shapes }]);
  const result = await importWorkbook(bytes);
  expect(result.sops).toHaveLength(1);
  const sop = result.sops[0]!;
  return {
    logo: sop.document.identity.logo,
    recognised: sop.report.recognised,
    warnings: sop.report.warnings.map(describeWarning),
  };
}

describe('logo on import', () => {
  it('takes a JPEG picture in the identity as the logo', async () => {
    const jpeg = jpegBytes(300, 200);
    const { logo, recognised, warnings } = await imported([picture(2, 0, 'image1.jpeg', jpeg)]);
    expect(logo).toEqual({ mime: 'image/jpeg', data: base64(jpeg) });
    expect(recognised).toContain(
      'Logo diambil dari gambar di lembar "SOP", sel A1 (JPEG, 300 × 200 piksel).',
    );
    expect(warnings.filter((w) => w.includes('logo'))).toEqual([]);
  });

  it('reports a picture in another format and takes the next PNG', async () => {
    const emf = new Uint8Array([1, 0, 0, 0, 0x6c, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]);
    const png = pngBytes(80, 40);
    const { logo, warnings } = await imported([
      picture(2, 0, 'image1.emf', emf),
      picture(3, 2, 'image2.png', png),
    ]);
    expect(logo).toEqual({ mime: 'image/png', data: base64(png) });
    expect(warnings).toContain(
      'Lembar "SOP", sel A1: Gambar di identitas tidak diambil sebagai logo: berformat EMF, bukan PNG atau JPEG. Pilih logo (PNG atau JPEG) di tab Identitas.',
    );
  });

  it('reports a missing, an oversized, a broken and a second picture, and takes the good one', async () => {
    const png = pngBytes(50, 50);
    const broken = pngBytes(50, 50).slice(0, 60);
    const noise = new Uint8Array(1_200_000).map((_, i) => (i * 7919) % 251);
    const large = new Uint8Array([...pngBytes(1, 1), ...noise]);
    const missing: ShapeSpec = { id: 2, type: 'pic', from: [0, 0], to: [1, 5] };
    const { logo, recognised, warnings } = await imported([
      missing,
      picture(3, 2, 'image1.png', large),
      picture(4, 4, 'image2.png', broken),
      picture(5, 6, 'image3.png', png),
      picture(6, 8, 'image4.png', pngBytes(20, 20)),
    ]);
    expect(logo).toEqual({ mime: 'image/png', data: base64(png) });
    const reason = (text: string) =>
      `Gambar di identitas tidak diambil sebagai logo: ${text}. Pilih logo (PNG atau JPEG) di tab Identitas.`;
    expect(warnings.filter((w) => w.includes('logo'))).toEqual([
      `Lembar "SOP", sel A1: ${reason('isi gambarnya tidak ada di berkas')}`,
      `Lembar "SOP", sel C1: ${reason('gambar 1,1 MB, paling besar 1 MB')}`,
      `Lembar "SOP", sel E1: ${reason('gambar PNG rusak atau terpotong')}`,
      'Lembar "SOP", sel I1: Gambar lain di identitas tidak diambil; logo diambil dari gambar di sel G1.',
    ]);
    expect(recognised).toContain(
      'Logo diambil dari gambar di lembar "SOP", sel G1 (PNG, 50 × 50 piksel).',
    );
  });

  it('leaves pictures outside the identity alone', async () => {
    const png = pngBytes(50, 50);
    const inTable: ShapeSpec = {
      id: 2,
      type: 'pic',
      from: [7, 13],
      to: [7, 14],
      image: { name: 'image1.png', bytes: png },
    };
    const { logo, warnings } = await imported([inTable]);
    expect(logo).toBeNull();
    expect(warnings.filter((w) => w.includes('logo'))).toEqual([]);
  });
});
