// The commands that change what the app shows: the editor's tabs and side panel, and the help,
// about and settings dialogs.

import type { CommandSpec } from './types';

export const VIEW_COMMANDS = {
  viewGrid: {
    label: { id: 'Diagram alir', en: 'Flowchart' },
    shortcut: { scope: 'menu', keys: ['Mod+1'] },
    editorOnly: true,
  },
  viewIdentity: {
    label: { id: 'Identitas', en: 'Identity' },
    shortcut: { scope: 'menu', keys: ['Mod+2'] },
    editorOnly: true,
  },
  viewPreview: {
    label: { id: 'Pratinjau', en: 'Preview' },
    shortcut: { scope: 'menu', keys: ['Mod+3'] },
    editorOnly: true,
  },
  toggleChecks: {
    label: { id: 'Periksa', en: 'Checks' },
    shortcut: { scope: 'menu', keys: ['Mod+4'] },
    editorOnly: true,
  },
  help: {
    label: { id: 'Pintasan papan ketik', en: 'Keyboard shortcuts' },
    short: { id: 'Bantuan', en: 'Help' },
    shortcut: { scope: 'menu', keys: ['F1'] },
  },
  about: {
    label: { id: 'Tentang SOP AP Editor', en: 'About SOP AP Editor' },
    short: { id: 'Tentang', en: 'About' },
  },
  settings: {
    label: { id: 'Pengaturan', en: 'Settings' },
  },
} as const satisfies Record<string, CommandSpec>;
