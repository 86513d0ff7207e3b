// Desktop entry: app lifecycle, the single main window, menus and the file the OS asks us to open.
// Everything else lives in services; this file only connects Electron to them.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { MENU_CHANNEL, OPEN_FILE_CHANNEL } from '../../shared/api/desktop';
import type { MenuCommand } from '../../shared/api/desktop';
import { APP_NAME, findAppRoot, readAppVersion } from '../services/app-root';
import { createApiHandlers, OUTBOX_EVERY_MS } from '../services/api';
import { resolveDataDir } from '../services/library/data-dir';
import { LibrarySession } from '../services/library/session';
import { showAbout } from './about';
import { createDesktopHandlers } from './desktop-handlers';
import type { DesktopHandlers } from './desktop-handlers';
import { chooseOpenPath, chooseSavePath } from './dialogs';
import { fileFromArgv } from './file-args';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { blockRemoteRequests } from './no-remote';
import { openPrintPreview } from './print';
import { RecentFiles } from './recent-files';
import { desktopSecretStore } from './secret-store';
import { claimSingleInstance } from './single-instance';
import { loadWindowState, placeOnDisplays, saveWindowState } from './window-state';
import { createMainWindow, DEFAULT_BOUNDS, guardWebContents } from './window';

const root = findAppRoot(__dirname);
const version = readAppVersion(root);
const rendererIndex = path.join(root, 'build', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).toString();

let mainWindow: BrowserWindow | null = null;
let desktopHandlers: DesktopHandlers | null = null;
let recent: RecentFiles | null = null;

function userFile(name: string): string {
  return path.join(app.getPath('userData'), name);
}

function sendMenuCommand(command: MenuCommand): void {
  if (command === 'about') {
    void showAbout(mainWindow, version);
    return;
  }
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function refreshMenu(): void {
  if (!recent || !desktopHandlers) return;
  const handlers = desktopHandlers;
  const template = buildMenuTemplate(
    {
      send: sendMenuCommand,
      openRecent: (recentId) => void openAndSend(() => handlers['desktop:openRecent'](recentId)),
    },
    recent.list(),
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function openAndSend(open: () => unknown): Promise<void> {
  try {
    const opened = await open();
    mainWindow?.webContents.send(OPEN_FILE_CHANNEL, opened);
    refreshMenu();
  } catch (error) {
    console.error('[main] open file:', error);
  }
}

/** A .sop.json given on the command line (file association, second launch) opens in the editor. */
function openFromArgv(argv: string[]): void {
  const file = fileFromArgv(argv);
  if (!file || !existsSync(file) || !recent || !desktopHandlers) return;
  const id = recent.add(file);
  const handlers = desktopHandlers;
  void openAndSend(() => handlers['desktop:openRecent'](id));
}

function confirmDiscard(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: 'Perubahan belum tersimpan',
    message: 'Ada perubahan yang belum tersimpan di pustaka.',
    detail:
      'Tunggu sampai status menunjukkan "Tersimpan", atau tutup sekarang dan perubahan terakhir hilang.',
    buttons: ['Tetap di sini', 'Tutup tanpa menyimpan'],
    defaultId: 0,
    cancelId: 0,
  });
  return choice === 1;
}

async function openMainWindow(): Promise<void> {
  const stateFile = userFile('jendela.json');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = placeOnDisplays(loadWindowState(stateFile), workAreas);
  const window = createMainWindow(
    BrowserWindow,
    path.join(root, 'build', 'electron', 'preload.cjs'),
    saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_BOUNDS,
  );
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  // The editor asks before closing with unsaved edits (beforeunload); Electron leaves the asking
  // to us, so ask natively and let the window close only when the user agrees.
  window.webContents.on('will-prevent-unload', (event) => {
    if (confirmDiscard(window)) event.preventDefault();
  });
  window.on('close', () =>
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  window.on('closed', () => {
    mainWindow = null;
  });
  await window.loadFile(rendererIndex);
}

if (
  claimSingleInstance(app, (argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openFromArgv(argv);
  })
) {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, rendererIndexUrl),
  );

  app.whenReady().then(async () => {
    blockRemoteRequests(session.defaultSession);
    recent = new RecentFiles(userFile('berkas-terakhir.json'));
    const dataDir = resolveDataDir({ env: process.env, defaultDir: app.getPath('userData') });
    desktopHandlers = createDesktopHandlers({
      chooseOpenPath: (kind) => chooseOpenPath(mainWindow, kind),
      chooseSavePath: (kind, name) => chooseSavePath(mainWindow, kind, name),
      openPrintPreview: (pdf, paper) => openPrintPreview(pdf, paper, mainWindow),
      recent,
    });
    registerIpc(
      createApiHandlers({
        appInfo: { name: APP_NAME, version, shell: 'desktop' },
        resourcesDir: path.join(root, 'resources'),
        library: new LibrarySession(dataDir),
        secrets: desktopSecretStore(dataDir),
        outboxEveryMs: OUTBOX_EVERY_MS,
      }),
      desktopHandlers,
      rendererIndexUrl,
    );
    refreshMenu();
    await openMainWindow();
    openFromArgv(process.argv);
  });

  app.on('window-all-closed', () => app.quit());
}
