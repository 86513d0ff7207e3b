// The commands of the flowchart table: undo and redo, the step commands of the toolbar, the row
// menu and the keyboard, and the symbols of an executor cell (docs/architecture.md).

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
} as const satisfies Record<string, CommandSpec>;
