// The commands on the open SOP as a whole: new, open, save, approve, history, the exports and
// imports, and print. The command bar, the native menu and the library screen run them.

import type { CommandSpec } from './types';

export const DOCUMENT_COMMANDS = {
  newSop: {
    label: { id: 'SOP baru', en: 'New SOP' },
    short: { id: 'Baru', en: 'New' },
    hint: {
      id: 'Buat SOP baru dari profil instansi, dengan kolom pelaksana pilihan',
      en: 'Create a new SOP from the organisation profile, with the executor columns you choose',
    },
    shortcut: { scope: 'menu', keys: ['Mod+N'] },
    ellipsis: true,
  },
  openLibrary: {
    label: { id: 'Pustaka SOP', en: 'SOP library' },
    short: { id: 'Buka', en: 'Open' },
    hint: { id: 'Buka SOP dari pustaka', en: 'Open an SOP from the library' },
    shortcut: { scope: 'menu', keys: ['Mod+O'] },
    ellipsis: true,
  },
  openFile: {
    label: { id: 'Buka berkas .sop.json', en: 'Open a .sop.json file' },
    short: { id: 'Impor .sop.json', en: 'Import .sop.json' },
    shortcut: { scope: 'menu', keys: ['Mod+Shift+O'] },
    ellipsis: true,
  },
  saveRevision: {
    label: { id: 'Simpan revisi', en: 'Save a revision' },
    short: { id: 'Simpan', en: 'Save' },
    hint: {
      id: 'Simpan sebagai revisi dengan catatan',
      en: 'Save as a revision with a note',
    },
    shortcut: { scope: 'window', keys: ['Mod+S'] },
    editorOnly: true,
  },
  exportSopJson: {
    label: { id: 'Simpan sebagai berkas .sop.json', en: 'Save as a .sop.json file' },
    short: { id: 'Ekspor .sop.json', en: 'Export .sop.json' },
    shortcut: { scope: 'menu', keys: ['Mod+Shift+S'] },
    ellipsis: true,
    editorOnly: true,
  },
  approve: {
    label: { id: 'Sahkan', en: 'Approve' },
    hint: {
      id: 'Sahkan SOP: bekukan versi ini sebagai versi resmi',
      en: 'Approve the SOP: freeze this version as the official one',
    },
    editorOnly: true,
  },
  history: {
    label: { id: 'Riwayat', en: 'History' },
    hint: { id: 'Riwayat revisi', en: 'Revision history' },
    editorOnly: true,
  },
  importExcel: {
    label: { id: 'Impor Excel', en: 'Import Excel' },
    ellipsis: true,
  },
  importPdf: {
    label: { id: 'Impor PDF', en: 'Import PDF' },
    hint: {
      id: 'Impor SOP dari PDF; PDF dari aplikasi ini diimpor persis dari lampiran sumbernya',
      en: 'Import SOPs from a PDF; a PDF made by this app imports exactly from its attached source',
    },
    ellipsis: true,
  },
  exportExcel: {
    label: { id: 'Ekspor Excel', en: 'Export Excel' },
    ellipsis: true,
    editorOnly: true,
  },
  exportPdf: {
    label: { id: 'Ekspor PDF', en: 'Export PDF' },
    shortcut: { scope: 'menu', keys: ['Mod+E'] },
    ellipsis: true,
    editorOnly: true,
  },
  print: {
    label: { id: 'Cetak', en: 'Print' },
    shortcut: { scope: 'menu', keys: ['Mod+P'] },
    ellipsis: true,
    editorOnly: true,
  },
} as const satisfies Record<string, CommandSpec>;
