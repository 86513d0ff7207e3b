// A quality-manual procedure in the ISO 9001 template many offices keep: document control block,
// Tujuan / Ruang Lingkup / Definisi sections and a procedure table with a Penanggung Jawab text
// column, no executor lanes marked and no Mutu Baku. It is not an SOP AP.

import { buildWorkbook, type CellSpec } from './workbook-builder';

export function isoTemplateCells(): Record<string, CellSpec> {
  return {
    A1: 'MANUAL MUTU',
    A2: 'PROSEDUR PENGENDALIAN DOKUMEN',
    A4: 'Nomor Dokumen',
    C4: 'PM-01',
    A5: 'Revisi',
    C5: '00',
    A6: 'Tanggal Berlaku',
    C6: '2 Januari 2024',
    A7: 'Disahkan oleh',
    C7: 'Wakil Manajemen Mutu',
    A9: 'Tujuan',
    A10: 'Menjamin dokumen yang dipakai adalah versi yang berlaku.',
    A12: 'Ruang Lingkup',
    A13: 'Seluruh dokumen sistem manajemen mutu.',
    A15: 'Definisi',
    A16: 'Dokumen terkendali: dokumen yang didistribusikan dengan nomor salinan.',
    A18: 'No',
    B18: 'Kegiatan',
    C18: 'Penanggung Jawab',
    D18: 'Output',
    A19: 1,
    B19: 'Mengajukan perubahan dokumen',
    C19: 'Pemilik proses',
    D19: 'Formulir usulan',
    A20: 2,
    B20: 'Meninjau usulan perubahan',
    C20: 'Wakil Manajemen Mutu',
    D20: 'Usulan disetujui',
  };
}

export function isoTemplateWorkbook(): Uint8Array {
  return buildWorkbook([{ name: 'Prosedur', cells: isoTemplateCells() }]);
}
