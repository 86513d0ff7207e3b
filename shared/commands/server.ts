// The commands of the organisation server (Server organisasi, docs/server.md): sending the
// library's revisions to the bureau, pulling its word back, and the register of every unit.
// Each needs a server set in Pengaturan.

import type { CommandSpec } from './types';

export const SERVER_COMMANDS = {
  publishToServer: {
    label: { id: 'Kirim ke Biro', en: 'Send to the bureau' },
    hint: {
      id: 'Kirim revisi tersimpan ke server organisasi untuk ditelaah Bagian Organisasi',
      en: 'Send the saved revisions to the organisation server for the bureau to review',
    },
    needsServer: true,
  },
  pullFromServer: {
    label: { id: 'Tarik pembaruan', en: 'Pull updates' },
    hint: {
      id: 'Ambil hasil telaah, catatan dan revisi baru dari server organisasi',
      en: 'Fetch review results, notes and new revisions from the organisation server',
    },
    needsServer: true,
  },
  openRegister: {
    label: { id: 'Register organisasi', en: 'Organisation register' },
    short: { id: 'Register', en: 'Register' },
    hint: {
      id: 'SOP terbit semua unit di server organisasi',
      en: 'The published SOPs of every unit on the organisation server',
    },
    needsServer: true,
  },
} as const satisfies Record<string, CommandSpec>;
