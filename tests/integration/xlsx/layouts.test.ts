// Workbook layouts beyond the real files: identity and tables on one sheet, two SOPs per sheet,
// executor marks instead of shapes, a decision with custom exit labels and a loose connector,
// three header rows with an index row, a header repeated after a page break, merged step rows,
// formulas, errors, rich text and date serials.

import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { describeWarning } from '../../../shared/import';
import { arrow, box, buildWorkbook, type CellSpec, type ShapeSpec } from './workbook-builder';

const messages = (warnings: Parameters<typeof describeWarning>[0][]): string[] =>
  warnings.map(describeWarning);

describe('one sheet holding two SOPs', () => {
  const cells: Record<string, CellSpec> = {
    A1: 'PEMERINTAH KABUPATEN KATINGAN',
    A2: 'DINAS SOSIAL',
    A3: 'BIDANG REHABILITASI',
    A5: 'Nomor SOP : 5 Tahun 2021',
    A6: 'Tgl. Pembuatan',
    B6: ':',
    C6: { date: 44200 },
    A7: 'TGL REVISI',
    C7: '-',
    A8: 'Tanggal Pengesahan',
    C8: '4  Januari 2021 ',
    A9: 'Disahkan oleh',
    C9: 'Kepala Dinas Sosial',
    C12: 'RENTAS, SH',
    C13: 'NIP. 196206031985031016',
    A14: 'NAMASOP',
    C14: 'Pembinaan Lansia',
    A15: 'Dasar Hukum:',
    A16: '1. UU 23/2002\n2. Perda 5/2019',
    A18: 'KUALIFIKASI PELAKSANAAN',
    A19: '- Memahami tugas',
    A20: '- Mampu mengoperasikan komputer',
    A22: 'Peringatan',
    A23: 'Apabila SOP ini tidak dilaksanakan, pelayanan terhambat',
    A25: 'Pencatatan & Pendataan',
    A26: 'Buku agenda',
    A28: 'PEMBINAAN LANSIA',
    A29: 'No',
    B29: 'Uraian Kegiatan',
    C29: 'Pelaksana',
    F29: 'Mutu Baku',
    I29: 'Keterangan',
    C30: 'Staf',
    D30: 'Kasi',
    E30: 'Kepala\nDinas',
    F30: 'Persyaratan/Kelengkapan',
    G30: 'Waktu (menit)',
    H30: 'Output',
    ...Object.fromEntries('ABCDEFGHI'.split('').map((c, i) => [`${c}31`, i + 1])),
    A32: 1,
    B32: 'Menerima berkas',
    C32: 'X',
    F32: 'Berkas',
    G32: 30,
    H32: 'Berkas diterima',
    A33: '2.',
    B33: 'Memeriksa berkas',
    D33: '√',
    G33: 15,
    B34: 'a. memeriksa lampiran',
    A35: 3,
    B35: 'Menandatangani',
    E35: 'v',
    G35: '1 Hari',
    A38: 'Catatan: dicetak dua rangkap',
    A40: 'Nomor SOP',
    B40: '6 Tahun 2021',
    A41: 'Nama SOP',
    B41: 'Pelayanan Lansia',
    A42: 'PELAYANAN LANSIA',
    A43: 'No.',
    B43: 'Kegiatan',
    C43: 'Kasi',
    D43: 'Kabid',
    E43: 'Kelengkapan',
    F43: 'Waktu',
    G43: 'Output',
    A44: 1,
    B44: 'Menerima permohonan',
    A45: 2,
    B45: 'Memeriksa kelengkapan',
    A46: 3,
    B46: 'Memproses permohonan',
    A47: 4,
    B47: 'Menyerahkan hasil',
  };
  const shapes: ShapeSpec[] = [
    box(1, 2, 43, 'flowChartTerminator'),
    box(2, 3, 44, 'flowChartDecision'),
    box(3, 2, 45, 'rect'),
    box(4, 3, 46, 'ellipse'),
    arrow(5, 1, 2, [2, 43], [3, 44]),
    arrow(6, 2, 3, [3, 44], [2, 45]),
    arrow(7, 3, 4, [2, 45], [3, 46]),
    // The Tidak lengkap exit is not glued: it touches the decision's left side and the capsule's right.
    {
      id: 8,
      type: 'cxnSp',
      prst: 'straightConnector1',
      flipH: true,
      flipV: true,
      from: [2, 43, 1_000_000, 95_000],
      to: [3, 44, 300_000, 95_000],
    },
    {
      id: 9,
      textBox: true,
      text: 'Tidak lengkap',
      from: [2, 43, 1_000_000, 120_000],
      to: [2, 43, 1_300_000, 180_000],
    },
    {
      id: 10,
      textBox: true,
      text: 'Lengkap',
      from: [3, 45, 700_000, 20_000],
      to: [3, 45, 1_100_000, 170_000],
    },
  ];
  const bytes = buildWorkbook([
    {
      name: 'SOP',
      cells,
      merges: ['C29:E29', 'F29:H29', 'A29:A30', 'B29:B30', 'I29:I30'],
      shapes,
      paperSize: 14,
    },
  ]);

  it('reads the identity, the marks and both tables', async () => {
    const { sops } = await importWorkbook(bytes);
    expect(sops).toHaveLength(2);
    const [first, second] = sops;
    expect(first?.document.identity).toMatchObject({
      government: 'PEMERINTAH KABUPATEN KATINGAN',
      agency: 'DINAS SOSIAL',
      unit: 'BIDANG REHABILITASI',
      number: '5 Tahun 2021',
      createdDate: '4 Januari 2021',
      revisionDate: '-',
      effectiveDate: '4 Januari 2021',
      approvedBy: {
        title: 'Kepala Dinas Sosial',
        name: 'RENTAS, SH',
        nip: '19620603 198503 1 016',
      },
      name: 'Pembinaan Lansia',
      legalBasis: ['UU 23/2002', 'Perda 5/2019'],
      qualifications: ['Memahami tugas', 'Mampu mengoperasikan komputer'],
      warnings: ['Apabila SOP ini tidak dilaksanakan, pelayanan terhambat'],
      records: ['Buku agenda'],
    });
    expect(first?.document.executors.map((e) => e.name)).toEqual(['Staf', 'Kasi', 'Kepala Dinas']);
    expect(first?.document.print.paper).toBe('F4');
    expect(
      first?.document.steps.map((s) => [s.activity, s.executors, s.symbol, s.time, s.requirements]),
    ).toEqual([
      ['Menerima berkas', ['e1'], 'terminator', '30', 'Berkas'],
      ['Memeriksa berkas\na. memeriksa lampiran', ['e2'], 'process', '15', ''],
      ['Menandatangani', ['e3'], 'terminator', '1 Hari', ''],
    ]);
    const warnings = messages(first?.report.warnings ?? []);
    expect(warnings).toContain(
      'Lembar "SOP", sel A34: Baris 34 tanpa nomor digabungkan ke langkah di atasnya (baris 33).',
    );
    expect(warnings.some((w) => w.includes('pelaksana dibaca dari tanda di sel'))).toBe(true);
    expect(warnings.join('\n')).not.toContain('Catatan');

    expect(second?.document.identity).toMatchObject({
      number: '6 Tahun 2021',
      name: 'Pelayanan Lansia',
      government: '',
    });
    expect(
      second?.document.steps.map((s) => [s.symbol, s.executors, s.yes, s.no, s.labels]),
    ).toEqual([
      ['terminator', ['e1'], null, null, null],
      ['decision', ['e2'], null, 's1', ['Lengkap', 'Tidak lengkap']],
      ['process', ['e1'], null, null, null],
      ['terminator', ['e2'], null, null, null],
    ]);
  });
});

describe('three header rows, a repeated header and merged rows', () => {
  const header = (row: number): Record<string, CellSpec> => ({
    [`A${row}`]: 'NO',
    [`B${row}`]: 'URAIAN PROSEDUR',
    [`C${row}`]: 'PELAKSANA',
    [`E${row}`]: 'MUTU BAKU',
    [`H${row}`]: 'KET',
    [`C${row + 1}`]: 'Petugas',
    [`D${row + 1}`]: 'Kepala Seksi',
    [`E${row + 1}`]: 'Kelengkapan',
    [`F${row + 1}`]: 'Waktu (jam)',
    [`G${row + 1}`]: 'Output',
  });
  const bytes = buildWorkbook([
    { name: 'Catatan', cells: { A1: 'Daftar isi' } },
    {
      name: 'Flowchart',
      cells: {
        A1: 'SOP PENGADUAN',
        ...header(3),
        C5: 3,
        D5: 4,
        E5: 5,
        F5: 6,
        G5: 7,
        A6: 1,
        B6: 'Menerima pengaduan',
        E6: { formula: 'Daftar!A1', result: 'Formulir' },
        F6: 2,
        G6: { rich: ['Laporan ', 'tercatat'] },
        E7: 'Salinan KTP',
        A8: 2,
        B8: 'Memverifikasi pengaduan',
        F8: { formula: 'X1/0', error: '#DIV/0!' },
        G8: { formula: 'Y1' },
        ...header(11),
        A13: 3,
        B13: 'Menutup pengaduan',
        F13: '1',
        A16: 'NO',
        B16: 'PROSEDUR',
        C16: 'PENANGGUNG JAWAB',
        D16: 'WAKTU',
        E16: 'KET',
        A17: 1,
        B17: 'Menerima pengaduan',
        C17: 'Petugas',
      },
      merges: [
        'A3:A5',
        'B3:B5',
        'C3:D3',
        'E3:G3',
        'H3:H5',
        'B6:B7',
        'A6:A7',
        'A11:A12',
        'B11:B12',
        'C11:D11',
        'E11:G11',
        'H11:H12',
      ],
      shapes: [
        box(1, 2, 5, 'flowChartTerminator'),
        box(2, 3, 7, 'flowChartPredefinedProcess'),
        box(3, 2, 12, 'flowChartTerminator'),
        arrow(4, 1, 2, [2, 5], [3, 7]),
        arrow(5, 2, 6, [3, 7], [3, 8]),
        {
          id: 6,
          prst: 'homePlate',
          rot: 5_400_000,
          from: [3, 8, 300_000, 20_000],
          to: [3, 8, 600_000, 180_000],
        },
        {
          id: 7,
          prst: 'homePlate',
          rot: 5_400_000,
          from: [3, 9, 300_000, 20_000],
          to: [3, 9, 600_000, 180_000],
        },
        arrow(8, 7, 3, [3, 9], [2, 12]),
      ],
    },
  ]);

  it('reads steps across the page break with the header unit', async () => {
    const { sops, notes } = await importWorkbook(bytes);
    expect(sops).toHaveLength(1);
    const doc = sops[0]?.document;
    expect(doc?.identity.name).toBe('PENGADUAN');
    expect(doc?.executors.map((e) => e.name)).toEqual(['Petugas', 'Kepala Seksi']);
    expect(
      doc?.steps.map((s) => [s.activity, s.symbol, s.executors, s.requirements, s.time, s.output]),
    ).toEqual([
      [
        'Menerima pengaduan',
        'terminator',
        ['e1'],
        'Formulir\nSalinan KTP',
        '2 jam',
        'Laporan tercatat',
      ],
      ['Memverifikasi pengaduan', 'process', ['e2'], '', '#DIV/0!', ''],
      ['Menutup pengaduan', 'terminator', ['e1'], '', '1 jam', ''],
    ]);
    const warnings = messages(sops[0]?.report.warnings ?? []);
    expect(warnings).toContain(
      'Lembar "Flowchart", sel F8: Sel berisi galat rumus #DIV/0!; teksnya disalin apa adanya.',
    );
    expect(
      warnings.some((w) =>
        w.startsWith('Lembar "Flowchart", sel G8: Sel berisi rumus tanpa hasil'),
      ),
    ).toBe(true);
    expect(warnings.some((w) => w.includes('sel D8: Bentuk "flowChartPredefinedProcess"'))).toBe(
      true,
    );
    expect(warnings.some((w) => w.includes('satuan "jam"'))).toBe(true);
    expect(notes.map(describeWarning)).toContain(
      'Lembar "Catatan": Lembar ini tidak berisi SOP; dilewati.',
    );
    expect(warnings).toContain(
      'Lembar "Flowchart", sel B16: Tabel lain mulai di baris 16 (misalnya tabel naratif); baris sesudahnya tidak dibaca sebagai langkah.',
    );
  });
});

describe('a table whose activity header is empty', () => {
  it('takes the column after No as the activity and says so', async () => {
    const bytes = buildWorkbook([
      {
        name: 'Posyandu',
        cells: {
          A1: 'No',
          C1: 'Pelaksana',
          E1: 'Mutu Baku',
          C2: 'Kabid',
          D2: 'Sekretaris',
          E2: 'Kelengkapan',
          F2: 'Waktu',
          G2: 'Output',
          A3: 1,
          B3: 'Menyusun jadwal lomba',
          C3: 'v',
          A4: 2,
          B4: 'Memaraf jadwal',
          D4: 'v',
        },
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:G1'],
      },
    ]);
    const { sops } = await importWorkbook(bytes);
    expect(sops[0]?.document.steps.map((s) => [s.activity, s.executors])).toEqual([
      ['Menyusun jadwal lomba', ['e1']],
      ['Memaraf jadwal', ['e2']],
    ]);
    expect(messages(sops[0]?.report.warnings ?? [])).toContain(
      'Lembar "Posyandu", sel B1: Judul kolom kegiatan kosong; kolom sesudah "No" dibaca sebagai kegiatan.',
    );
  });
});
