// Main-process logic behind thin interfaces: single instance, file arguments, window placement,
// the menu, the file-name cleaner and the no-remote rule.

import { describe, expect, it, vi } from 'vitest';
import { fileFromArgv } from '../../../electron/main/file-args';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { placeOnDisplays } from '../../../electron/main/window-state';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { isLocalUrl } from '../../../electron/main/no-remote';
import { MENU_COMMANDS } from '../../../shared/api/desktop';
import type { MenuCommand } from '../../../shared/api/desktop';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ dialog: {} }));
const { safeFileName } = await import('../../../electron/main/dialogs');

describe('single instance', () => {
  function fakeApp(lock: boolean) {
    const listeners: ((event: unknown, argv: string[]) => void)[] = [];
    return {
      requestSingleInstanceLock: () => lock,
      quit: vi.fn(),
      on: (_event: 'second-instance', listener: (event: unknown, argv: string[]) => void) =>
        listeners.push(listener),
      launchAgain: (argv: string[]) => listeners.forEach((l) => l({}, argv)),
    };
  }

  it('the first instance keeps running and receives the second launch’s command line', () => {
    const app = fakeApp(true);
    const seen: string[][] = [];
    expect(claimSingleInstance(app, (argv) => seen.push(argv))).toBe(true);
    app.launchAgain(['sop-ap-editor.exe', 'C:\\SOP\\surat.sop.json']);
    expect(seen).toEqual([['sop-ap-editor.exe', 'C:\\SOP\\surat.sop.json']]);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second instance quits at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });
});

describe('file from the command line', () => {
  it('finds the .sop.json or .xlsx the OS passed, ignoring flags and the app folder', () => {
    expect(fileFromArgv(['app.exe', 'D:\\Kantor\\cuti.sop.json'])).toBe(
      'D:\\Kantor\\cuti.sop.json',
    );
    expect(fileFromArgv(['electron', '.', '--inspect', '/home/a/SOP.XLSX'])).toBe(
      '/home/a/SOP.XLSX',
    );
    expect(fileFromArgv(['app.exe', '--allow-file-access-from-files'])).toBeNull();
    expect(fileFromArgv(['app.exe', 'notes.txt'])).toBeNull();
    expect(fileFromArgv(['cuti.sop.json'])).toBeNull();
  });
});

describe('window placement', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('keeps bounds that are on a screen', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(placeOnDisplays(state, screen)).toEqual(state);
  });

  it('moves a window left on a screen that is gone back onto the primary one', () => {
    const state = { x: 2500, y: 100, width: 1200, height: 800, maximized: true };
    expect(placeOnDisplays(state, screen)).toEqual({ ...state, x: 0, y: 0 });
    expect(placeOnDisplays(null, screen)).toBeNull();
  });
});

describe('native menu', () => {
  function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
    return items.flatMap((item) => [
      item,
      ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
    ]);
  }

  it('has the four Indonesian menus and sends every editor command from some item', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate(
      { send: (c) => sent.push(c), openRecent: () => undefined },
      [],
      false,
    );
    expect(template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    for (const item of flatten(template)) {
      (item.click as (() => void) | undefined)?.();
    }
    // 'about' is handled in main, but the menu still sends it like every other command.
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('uses the usual accelerators', () => {
    const items = flatten(
      buildMenuTemplate({ send: () => undefined, openRecent: () => undefined }, [], false),
    );
    const accelerator = (label: string) => items.find((i) => i.label === label)?.accelerator;
    expect(accelerator('Simpan revisi')).toBe('CmdOrCtrl+S');
    expect(accelerator('Urungkan')).toBe('CmdOrCtrl+Z');
    expect(accelerator('Ulangi')).toBe('Ctrl+Y');
    expect(accelerator('Cetak…')).toBe('CmdOrCtrl+P');
  });

  it('lists recent files by id, never sending a path to the renderer', () => {
    const opened: string[] = [];
    const items = flatten(
      buildMenuTemplate(
        { send: () => undefined, openRecent: (id) => opened.push(id) },
        [{ recentId: 'abc123', fileName: 'cuti.sop.json', folder: '/home/a' }],
        false,
      ),
    );
    const entry = items.find((i) => i.label === 'cuti.sop.json');
    (entry?.click as () => void)();
    expect(opened).toEqual(['abc123']);
  });
});

describe('file names and remote requests', () => {
  it('makes a safe file name from an SOP name', () => {
    expect(safeFileName('Surat Masuk/Keluar: "Bidang" <P4>')).toBe('Surat Masuk Keluar Bidang P4');
    expect(safeFileName('  \u0007 ')).toBe('SOP');
    expect(safeFileName('x'.repeat(300)).length).toBe(120);
  });

  it('lets only local URLs through', () => {
    expect(isLocalUrl('file:///C:/app/index.html')).toBe(true);
    expect(isLocalUrl('blob:file:///1234')).toBe(true);
    expect(isLocalUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isLocalUrl('ws://example.org')).toBe(false);
    expect(isLocalUrl('garbage')).toBe(false);
  });
});
