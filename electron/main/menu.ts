// The native menu in Bahasa Indonesia. Every item sends a command to the renderer, which runs
// the same editor action as the toolbar and the keyboard shortcut.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/api/desktop';

export type MenuHandlers = {
  send: (command: MenuCommand) => void;
  openRecent: (recentId: string) => void;
};

export function buildMenuTemplate(
  handlers: MenuHandlers,
  recent: RecentFile[],
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string) => ({
    label,
    accelerator,
    click: () => handlers.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((file) => ({
        label: file.fileName,
        sublabel: file.folder,
        click: () => handlers.openRecent(file.recentId),
      }))
    : [{ label: '(kosong)', enabled: false }];

  return [
    {
      label: 'Berkas',
      submenu: [
        item('SOP baru', 'new', 'CmdOrCtrl+N'),
        item('Pustaka SOP…', 'open-library', 'CmdOrCtrl+O'),
        item('Buka berkas .sop.json…', 'open-file', 'CmdOrCtrl+Shift+O'),
        { label: 'Berkas terakhir', submenu: recentItems },
        { type: 'separator' },
        item('Simpan revisi', 'save', 'CmdOrCtrl+S'),
        item('Simpan sebagai berkas .sop.json…', 'save-file', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Impor Excel…', 'import-excel'),
        item('Ekspor Excel…', 'export-excel'),
        item('Ekspor PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        item('Cetak…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: 'Keluar', role: isMac ? 'close' : 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        item('Urungkan', 'undo', 'CmdOrCtrl+Z'),
        item('Ulangi', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
        { type: 'separator' },
        item('Tambah langkah', 'insert-step', 'CmdOrCtrl+Enter'),
        item('Hapus langkah', 'delete-step', 'CmdOrCtrl+Shift+Delete'),
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        item('Diagram alir', 'view-flowchart', 'CmdOrCtrl+1'),
        item('Identitas', 'view-identity', 'CmdOrCtrl+2'),
        item('Pratinjau', 'view-preview', 'CmdOrCtrl+3'),
        item('Periksa', 'view-checks', 'CmdOrCtrl+4'),
        { type: 'separator' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran asli', role: 'resetZoom' },
        { label: 'Layar penuh', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Bantuan',
      submenu: [
        item('Pintasan papan ketik', 'shortcuts', 'F1'),
        item('Tentang SOP AP Editor', 'about'),
      ],
    },
  ];
}
