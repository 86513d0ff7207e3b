// Under a page's drawing: the footnote of a table read as an extra section, the page's foot (a
// signature note with its QR code) skipped, page numbers left out.

import { describe, expect, it } from 'vitest';
import { readPageFoot } from '../../../electron/services/pdf-import/recognise/page-foot';
import { PageDrawing } from './synthetic-page';

const TABLE_BOTTOM = 300;

/** A table's bottom border, and under it what a test writes. */
function page(): PageDrawing {
  return new PageDrawing().hline(TABLE_BOTTOM, 60, 780);
}

function withSignatureNote(drawing: PageDrawing): PageDrawing {
  drawing.page.images.push({ x: 11, y: 550, width: 34, height: 34 });
  return drawing
    .text('* Dokumen ini telah ditandatangani secara elektronik', 48, 570, 6)
    .text('* Pindai kode QR di samping untuk menampilkan file asli', 48, 576, 6);
}

describe('readPageFoot', () => {
  it('reads `Ket:` and its label, and an item per `-` line, wrapped lines joined', () => {
    const drawing = page()
      .text('Ket:', 70, 310)
      .text('*) Kelengkapan dokumen pendukung:', 110, 310)
      .text('- KAK dan FP (aplikasi BOS)', 112, 320)
      .text('- Laporan perjalanan dinas', 112, 330)
      .text('dan dokumentasi', 116, 340);
    expect(readPageFoot(drawing.page, TABLE_BOTTOM)).toEqual({
      footnote: {
        label: '*) Kelengkapan dokumen pendukung',
        items: ['KAK dan FP (aplikasi BOS)', 'Laporan perjalanan dinas dan dokumentasi'],
      },
      skipped: [],
    });
  });

  it('takes `Keterangan:` followed by a text without a colon as an item of `Keterangan`', () => {
    const drawing = page().text('Keterangan: berlaku sejak 2025', 70, 310);
    expect(readPageFoot(drawing.page, TABLE_BOTTOM).footnote).toEqual({
      label: 'Keterangan',
      items: ['berlaku sejak 2025'],
    });
  });

  it('skips the signature note and its QR code, even where it shares heights with a footnote', () => {
    const drawing = withSignatureNote(page())
      .text('Ket:', 70, 540)
      .text('*) Dokumen:', 110, 540)
      .text('- Surat Tugas', 112, 550)
      .text('- Daftar hadir', 112, 560)
      .text('- Daftar penggunaan kamar', 112, 569.5);
    const foot = readPageFoot(drawing.page, 530);
    expect(foot.footnote?.items).toEqual([
      'Surat Tugas',
      'Daftar hadir',
      'Daftar penggunaan kamar',
    ]);
    expect(foot.skipped).toEqual([
      {
        text: '* Dokumen ini telah ditandatangani secara elektronik * Pindai kode QR di samping untuk menampilkan file asli',
        left: 48,
        top: 570,
        pictures: [{ x: 11, y: 550, width: 34, height: 34 }],
      },
    ]);
  });

  it('reads no footnote far under the table, nor on a page without one; leaves page numbers out', () => {
    const far = page().text('Ket: lain', 70, 400);
    expect(readPageFoot(far.page, TABLE_BOTTOM).footnote).toBeNull();
    expect(readPageFoot(far.page, null).footnote).toBeNull();
    const numbered = page().text('Halaman 1 dari 3', 700, 560);
    expect(readPageFoot(numbered.page, TABLE_BOTTOM)).toEqual({ footnote: null, skipped: [] });
  });
});
