// The flowchart recogniser on a page drawn by hand the way other programs print: borders as thin
// filled rectangles, the field's spellings of the column labels (Uraian Kegiatan, Persyaratan,
// Waktu (menit), Ket.), a column-number row, a decision with Y/T exits, an off-page connector.

import { describe, expect, it } from 'vitest';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { PageDrawing, p } from './synthetic-page';

/** Columns: No, Uraian Kegiatan, Pelaksana (Kepala, Staf), Mutu Baku (Persyaratan, Waktu, Output), Ket. */
const X = {
  no: 40,
  activity: 60,
  a: 200,
  b: 280,
  quality: 360,
  time: 420,
  output: 470,
  notes: 520,
  end: 580,
};
const ROWS = [80, 120, 160, 200, 240, 270];

function flowchartPage({ ruled } = { ruled: true }): PageDrawing {
  const page = new PageDrawing();
  if (ruled) drawRules(page);
  page
    .text('No', 45, 52)
    .text('Uraian Kegiatan', 95, 52)
    .text('Pelaksana', 262, 44)
    .text('Mutu Baku', 420, 44)
    .text('Ket.', 540, 52)
    .text('Kepala', 225, 59)
    .text('Staf', 310, 59)
    .text('Persyaratan', 365, 59)
    .text('Waktu (menit)', 421, 59, 6)
    .text('Output', 480, 59);
  ['1', '2', '3', '4', '5', '6', '7', '8'].forEach((n, i) =>
    page.text(n, [48, 128, 238, 318, 388, 443, 493, 548][i]!, 72, 6),
  );
  page
    .text('1', 48, 96)
    .text('Menerima berkas permohonan izin', 63, 84)
    .text('lalu mencatatnya', 63, 93)
    .text('Berkas', 363, 96)
    .text('15', 440, 96)
    .text('Catatan', 473, 96)
    .text('2', 48, 136)
    .text('Memeriksa kelengkapan pra-', 63, 124)
    .text('syarat berkas', 63, 133)
    .text('3', 48, 176)
    .text('Menyetujui permohonan', 63, 176)
    .text('4', 48, 216)
    .text('Menyerahkan surat', 63, 216)
    .text('Surat', 523, 216);
  page.capsule(215, 90, 50, 20).rect(295, 130, 50, 20).diamond(215, 168, 50, 24);
  page.capsule(295, 210, 50, 20).pentagon(311, 248, 18, 16).text('A', 318, 251, 6);
  page.arrow([p(240, 110), p(240, 115), p(320, 115), p(320, 130)]);
  page.arrow([p(320, 150), p(320, 155), p(240, 155), p(240, 168)]);
  page.arrow([p(240, 192), p(240, 197), p(320, 197), p(320, 210)]).text('Y', 243, 193, 6);
  page.arrow([p(215, 180), p(205, 180), p(205, 140), p(295, 140)]).text('T', 203, 172, 6);
  page.arrow([p(320, 230), p(320, 248)]);
  return page;
}

function drawRules(page: PageDrawing): void {
  const bottom = ROWS[ROWS.length - 1]!;
  for (const x of [X.no, X.activity, X.a, X.quality, X.notes, X.end]) page.vline(x, 40, bottom);
  for (const x of [X.b, X.time, X.output]) page.vline(x, 55, bottom);
  page.hline(40, X.no, X.end).hline(55, X.a, X.notes).hline(70, X.no, X.end);
  for (const y of ROWS) page.hline(y, X.no, X.end);
}

describe('recognisePages on an Office-style table', () => {
  const result = recognisePages([flowchartPage().page]);
  const sop = result.sops[0]!;
  const { document } = sop;

  it('reads the header by its field spellings and skips the column-number row', () => {
    expect(result.sops).toHaveLength(1);
    expect(document.executors.map((e) => e.name)).toEqual(['Kepala', 'Staf']);
    expect(document.steps).toHaveLength(4);
    expect(sop.report.recognised).toContain('Baris nomor kolom di bawah judul tabel dilewati.');
  });

  it('reads the cells: wrapped lines, a line-end hyphen, minutes from the header', () => {
    // Each line ends where the next word would not have fitted: a wrap, joined with a space.
    const [first, second] = document.steps;
    expect(first).toMatchObject({
      activity: 'Menerima berkas permohonan izin lalu mencatatnya',
      requirements: 'Berkas',
      time: '15 menit',
      output: 'Catatan',
    });
    expect(second!.activity).toBe('Memeriksa kelengkapan pra-syarat berkas');
    expect(document.steps[3]!.notes).toBe('Surat');
  });

  it('names the symbols by their shapes and their lanes', () => {
    const lane = new Map(document.executors.map((e) => [e.id, e.name]));
    expect(document.steps.map((s) => [s.symbol, s.executors.map((id) => lane.get(id))])).toEqual([
      ['terminator', ['Kepala']],
      ['process', ['Staf']],
      ['decision', ['Kepala']],
      ['terminator', ['Staf']],
    ]);
  });

  it('reads the decision exits and keeps the Y/T labels', () => {
    const decision = document.steps[2]!;
    expect(decision.yes).toBeNull();
    expect(decision.no).toBe(document.steps[1]!.id);
    expect(decision.labels).toEqual(['Y', 'T']);
  });

  it('takes the paper from the page and warns of nothing else', () => {
    expect(document.print.paper).toBe('A4');
    expect(sop.report.warnings).toEqual([]);
  });
});

describe('recognisePages on a table printed without ruling lines', () => {
  it('reads it from the alignment of its texts', () => {
    const ruled = recognisePages([flowchartPage().page]).sops[0]!.document;
    const bare = recognisePages([flowchartPage({ ruled: false }).page]).sops[0]!.document;
    expect(bare.executors).toEqual(ruled.executors);
    expect(bare.steps).toEqual(ruled.steps);
  });
});

describe('recognisePages on pages without an SOP', () => {
  it('skips and reports them', () => {
    const empty = new PageDrawing(1).text('Dokumen ini ditandatangani secara elektronik', 40, 560);
    const result = recognisePages([empty.page]);
    expect(result.sops).toEqual([]);
    expect(result.notes).toEqual([
      {
        kind: 'note',
        page: 1,
        at: null,
        message: 'Halaman ini tidak berisi identitas atau tabel diagram alir SOP; dilewati.',
      },
    ]);
  });
});
