// Label matching of Excel SOPs: every spelling of docs/format.md §8.1-§8.2, insensitive to case, spacing
// and punctuation; exit labels; executor marks.

import { describe, expect, it } from 'vitest';
import {
  exitSideOfLabel,
  isExecutorMark,
  matchHeaderLabel,
  matchIdentityLabel,
  splitLabelAndValue,
  timeUnitOfHeader,
} from '../../../shared/model/field-variants';

describe('identity labels', () => {
  it.each([
    ['NOMOR SOP', 'number'],
    ['Nomor SOP :', 'number'],
    ['NOMORSOP', 'number'],
    ['Nomor Standar Operasional Prosedur', 'number'],
    ['TGL. PEMBUATAN', 'createdDate'],
    ['Tanggal\nPembuatan', 'createdDate'],
    ['TGL REVISI', 'revisionDate'],
    ['Tanggal Pengesahan', 'effectiveDate'],
    ['DISAHKANOLEH', 'approvedBy'],
    ['NAMA SOP ', 'name'],
    ['DASAR HUKUM :  ', 'legalBasis'],
    ['KUALIFIKASI PELAKSANAAN', 'qualifications'],
    ['KUALIFASI PELAKSANA :', 'qualifications'],
    ['Keterkaitan SOP', 'relatedSops'],
    ['PERALATAN / PERLENGKAPAN :  ', 'equipment'],
    ['PERALATAN DAN PERLENGKAPAN', 'equipment'],
    ['Peringatan:', 'warnings'],
    ['Pencatatan & Pendataan:', 'records'],
    ['PENCATATAN DAN PENDAFTARAN :  ', 'records'],
    ['TUJUAN', 'extra'],
  ])('%j is %s', (text, field) => {
    expect(matchIdentityLabel(text)).toBe(field);
  });

  it.each([
    ['Pemerintah', 'government'],
    ['INSTANSI :', 'agency'],
    ['Unit Kerja', 'unit'],
    ['Nama Pejabat', 'approverName'],
    ['NIP', 'approverNip'],
    ['Jabatan', 'approverTitle'],
  ])('%j of a label|value identity table is %s', (text, field) => {
    expect(matchIdentityLabel(text)).toBe(field);
  });

  it('takes a kop or approver label with a value only before a colon', () => {
    expect(splitLabelAndValue('PEMERINTAH\nKABUPATEN KATINGAN')).toBeNull();
    expect(splitLabelAndValue('NIP\n196206031985031016')).toBeNull();
    expect(splitLabelAndValue('Pemerintah : Kabupaten Katingan')).toEqual({
      field: 'government',
      label: 'Pemerintah',
      value: 'Kabupaten Katingan',
    });
  });

  it('does not take ordinary text for a label', () => {
    expect(matchIdentityLabel('Menerima surat masuk')).toBeNull();
    expect(matchIdentityLabel('Nomor')).toBeNull();
  });

  it('splits a label and its value written in one cell', () => {
    expect(splitLabelAndValue('Nomor SOP : 065/037/DP3AP2KB/2018')).toEqual({
      field: 'number',
      label: 'Nomor SOP',
      value: '065/037/DP3AP2KB/2018',
    });
    expect(splitLabelAndValue('Dasar Hukum 1. UU 23/2002 2. Perda')?.value).toBe(
      '1. UU 23/2002 2. Perda',
    );
    // A list item that starts with a list label's word stays an item.
    expect(splitLabelAndValue('Peralatan : \n Komputer/Laptop, scanner')).toBeNull();
    expect(splitLabelAndValue('Perlengkapan\nPerangkat deteksi dini')).toBeNull();
  });
});

describe('table header labels', () => {
  it.each([
    ['No.', 'number'],
    ['Aktivitas', 'activity'],
    ['URAIAN PROSEDUR', 'activity'],
    ['Uraian Tugas', 'activity'],
    ['Pelaksanaan', 'executors'],
    ['MUTUBAKU', 'quality'],
    ['Persyaratan / Kelengkapan', 'requirements'],
    ['Waktu (menit)', 'time'],
    ['Waktu dalam menit', 'time'],
    ['Output', 'output'],
    ['Ket.', 'notes'],
  ])('%j is %s', (text, label) => {
    expect(matchHeaderLabel(text)).toBe(label);
  });

  it('reads the time unit of a header', () => {
    expect(timeUnitOfHeader('Waktu (Menit)')).toBe('menit');
    expect(timeUnitOfHeader('Waktu dalam jam')).toBe('jam');
    expect(timeUnitOfHeader('Waktu')).toBeNull();
  });
});

describe('exit labels and marks', () => {
  it.each([
    ['Ya', 'yes'],
    ['YA', 'yes'],
    ['Lengkap', 'yes'],
    ['Disetujui', 'yes'],
    ['Tidak', 'no'],
    ['tdk', 'no'],
    ['Tidak lengkap', 'no'],
    ['Ditolak', 'no'],
    ['Lanjutkan ke Kabid?', null],
  ])('%j is %s', (text, side) => {
    expect(exitSideOfLabel(text)).toBe(side);
  });

  it('knows the executor marks of files without shapes', () => {
    for (const mark of ['X', 'v', '√', '✓', '1', 'Ya', ' x '])
      expect(isExecutorMark(mark)).toBe(true);
    expect(isExecutorMark('Kasi')).toBe(false);
  });
});
