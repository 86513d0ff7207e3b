// The native menu in Bahasa Indonesia. Every command item takes its label and accelerator from
// the command table (shared/commands) and sends its id to the renderer, which runs the same
// handler as the toolbar, the command bar and the keys.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/api/desktop';
import { menuAccelerator, menuLabel, commandSpec } from '../../shared/commands';

export type MenuHandlers = {
  send: (command: MenuCommand) => void;
  openRecent: (recentId: string) => void;
};

export function buildMenuTemplate(
  handlers: MenuHandlers,
  recent: RecentFile[],
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand): MenuItemConstructorOptions => ({
    label: menuLabel(command),
    accelerator: menuAccelerator(commandSpec(command), isMac),
    click: () => handlers.send(command),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
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
        item('newSop'),
        item('openLibrary'),
        item('openFile'),
        { label: 'Berkas terakhir', submenu: recentItems },
        separator,
        item('saveRevision'),
        item('exportSopJson'),
        separator,
        item('importExcel'),
        item('importPdf'),
        item('exportExcel'),
        item('exportPdf'),
        item('print'),
        separator,
        item('publishToServer'),
        item('pullFromServer'),
        item('openRegister'),
        separator,
        { label: 'Keluar', role: isMac ? 'close' : 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        item('undo'),
        item('redo'),
        separator,
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' },
        separator,
        item('insertStepBelow'),
        item('deleteSteps'),
        item('editDecision'),
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        item('viewGrid'),
        item('viewIdentity'),
        item('viewPreview'),
        item('toggleChecks'),
        separator,
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran asli', role: 'resetZoom' },
        { label: 'Layar penuh', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Bantuan',
      submenu: [item('help'), item('about')],
    },
  ];
}
