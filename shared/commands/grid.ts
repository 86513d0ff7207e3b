// The commands of the flowchart table: undo and redo, the step commands of the toolbar, the row
// menu and the keyboard, the symbols of an executor cell, and the flow: a decision's exits and a
// joint activity (docs/architecture.md).

import type { CommandSpec } from './types';

export const GRID_COMMANDS = {
  undo: {
    label: { id: 'Urungkan', en: 'Undo' },
    shortcut: { scope: 'grid', keys: ['Mod+Z'] },
    editorOnly: true,
  },
  redo: {
    label: { id: 'Ulangi', en: 'Redo' },
    shortcut: { scope: 'grid', keys: ['Mod+Y', 'Mod+Shift+Z'], macMenuKey: 'Mod+Shift+Z' },
    editorOnly: true,
  },
  insertStepAbove: {
    label: { id: 'Sisipkan langkah di atas', en: 'Insert step above' },
    short: { id: 'Sisipkan di atas', en: 'Insert above' },
    shortcut: { scope: 'grid', keys: ['Mod+Shift+Enter'] },
    editorOnly: true,
  },
  insertStepBelow: {
    label: { id: 'Sisipkan langkah di bawah', en: 'Insert step below' },
    short: { id: 'Sisipkan di bawah', en: 'Insert below' },
    shortcut: { scope: 'grid', keys: ['Mod+Enter'] },
    editorOnly: true,
  },
  duplicateStep: {
    label: { id: 'Gandakan langkah', en: 'Duplicate step' },
    short: { id: 'Gandakan', en: 'Duplicate' },
    shortcut: { scope: 'grid', keys: ['Mod+D'] },
    editorOnly: true,
  },
  moveStepUp: {
    label: { id: 'Naikkan langkah', en: 'Move step up' },
    short: { id: 'Naikkan', en: 'Move up' },
    shortcut: { scope: 'grid', keys: ['Alt+ArrowUp'] },
    editorOnly: true,
  },
  moveStepDown: {
    label: { id: 'Turunkan langkah', en: 'Move step down' },
    short: { id: 'Turunkan', en: 'Move down' },
    shortcut: { scope: 'grid', keys: ['Alt+ArrowDown'] },
    editorOnly: true,
  },
  deleteSteps: {
    label: { id: 'Hapus langkah', en: 'Delete step' },
    short: { id: 'Hapus', en: 'Delete' },
    shortcut: { scope: 'grid', keys: ['Mod+Delete'] },
    editorOnly: true,
  },
  placeTerminator: {
    label: { id: 'Simbol: Kapsul', en: 'Symbol: Capsule' },
    short: { id: 'Kapsul', en: 'Capsule' },
    shortcut: { scope: 'cell', keys: ['3', 'T'] },
    editorOnly: true,
  },
  placeProcess: {
    label: { id: 'Simbol: Kotak', en: 'Symbol: Rectangle' },
    short: { id: 'Kotak', en: 'Rectangle' },
    shortcut: { scope: 'cell', keys: ['1', 'P'] },
    editorOnly: true,
  },
  placeDecision: {
    label: { id: 'Simbol: Belah ketupat', en: 'Symbol: Diamond' },
    short: { id: 'Belah ketupat', en: 'Diamond' },
    shortcut: { scope: 'cell', keys: ['2', 'K'] },
    editorOnly: true,
  },
  clearSymbol: {
    label: { id: 'Simbol: Kosongkan', en: 'Symbol: Clear' },
    short: { id: 'Kosongkan', en: 'Clear' },
    shortcut: { scope: 'cell', keys: ['Delete', 'Backspace'] },
    editorOnly: true,
  },
  editDecision: {
    label: { id: 'Atur arah keputusan', en: 'Set the decision exits' },
    short: { id: 'Arah Ya/Tidak', en: 'Yes/No exits' },
    hint: {
      id: 'Atur langkah tujuan arah Ya dan Tidak serta labelnya; juga Enter atau klik pada belah ketupat',
      en: 'Choose where the Yes and No exits lead and their labels; also Enter or a click on the diamond',
    },
    shortcut: { scope: 'grid', keys: ['Mod+K'] },
    ellipsis: true,
    editorOnly: true,
  },
  makeJoint: {
    label: { id: 'Jadikan kegiatan bersama', en: 'Make a joint activity' },
    short: { id: 'Kegiatan bersama', en: 'Joint activity' },
    hint: {
      id: 'Pelaksana kolom ini ikut mengerjakan langkah, simbolnya tidak dipindah; juga Ctrl+klik atau Alt+klik sel',
      en: "This column's executor joins the step without moving its symbol; also Ctrl+click or Alt+click the cell",
    },
    shortcut: { scope: 'cell', keys: ['B'] },
    editorOnly: true,
  },
} as const satisfies Record<string, CommandSpec>;
