// The command table is the one place commands are declared: the native menu, the grid's keys,
// the toolbar and the Bantuan panel must all agree with it. Each test reads one of them the way
// it runs (menu items as Electron gets them, key events as the grid gets them) and compares.

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/api/desktop';
import { COMMAND_IDS, commandSpec, menuLabel } from '../../../shared/commands';
import type { CommandId } from '../../../shared/commands';
import { GRID_COMMANDS } from '../../../shared/commands/grid';
import {
  commandForKeyIn,
  formatShortcut,
  matchesShortcut,
} from '../../../renderer/src/commands/keys';
import {
  cellCommandForKey,
  commandForKey,
  FLOW_COMMANDS,
  HISTORY_COMMANDS,
  STEP_COMMANDS,
  SYMBOL_COMMANDS,
} from '../../../renderer/src/features/grid/commands';
import { helpRows } from '../../../renderer/src/features/help/help-rows';
import { helpStrings } from '../../../renderer/src/features/help/strings';

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The key event of a table shortcut on a PC ("Mod" is Ctrl there). */
function eventOf(shortcut: string): Key {
  const parts = shortcut.split('+');
  return {
    key: parts[parts.length - 1] ?? '',
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  };
}

/** The key event an Electron accelerator fires on a PC. */
function eventOfAccelerator(accelerator: string): Key {
  const names: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown' };
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1] ?? '';
  return {
    key: names[key] ?? key,
    ctrlKey: parts.includes('CmdOrCtrl') || parts.includes('Ctrl'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  };
}

const keysOf = (id: CommandId) => commandSpec(id).shortcut?.keys ?? [];
const scopeOf = (id: CommandId) => commandSpec(id).shortcut?.scope;

/** Every key a person can press with every mix of Ctrl, Shift and Alt. */
const PROBES: Key[] = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''),
  ...['Enter', 'Delete', 'Backspace', 'Tab', 'Escape', ' ', 'F1', 'F2'],
  ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'],
].flatMap((key) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map((mods) => ({
    key: mods & 2 && key.length === 1 ? key.toUpperCase() : key,
    ctrlKey: (mods & 1) !== 0,
    metaKey: false,
    shiftKey: (mods & 2) !== 0,
    altKey: (mods & 4) !== 0,
  })),
);

type SentItem = { command: MenuCommand; label: unknown; accelerator: unknown };

/** The menu items that send a command, with what Electron shows for them. */
function menuItems(isMac: boolean): SentItem[] {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(
    { send: (command) => sent.push(command), openRecent: () => undefined },
    [],
    isMac,
  );
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  return flatten(template).flatMap((item) => {
    sent.length = 0;
    (item.click as (() => void) | undefined)?.();
    const [command] = sent;
    return command === undefined
      ? []
      : [{ command, label: item.label, accelerator: item.accelerator }];
  });
}

describe('the native menu', () => {
  it('names every command item by the table', () => {
    for (const item of menuItems(false)) {
      expect(item.label, item.command).toBe(menuLabel(item.command));
    }
  });

  it('gives every item the key the renderer handles for its command', () => {
    for (const isMac of [false, true]) {
      for (const item of menuItems(isMac)) {
        const keys = keysOf(item.command);
        if (typeof item.accelerator !== 'string') {
          expect(keys, `${item.command} has keys but no accelerator`).toEqual([]);
          continue;
        }
        // On a Mac Cmd stands where the table says Mod, as Ctrl does on a PC.
        const pc = item.accelerator.replace(/^Cmd\+/, 'Ctrl+');
        const event = eventOfAccelerator(pc);
        expect(
          keys.some((key) => matchesShortcut(event, key)),
          `${item.command}: ${item.accelerator} is not one of ${keys.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('holds every command whose keys only the menu handles', () => {
    const inMenu = new Set(menuItems(false).map((item) => item.command));
    const menuOnly = COMMAND_IDS.filter((id) => scopeOf(id) === 'menu');
    expect(menuOnly.filter((id) => !inMenu.has(id as MenuCommand))).toEqual([]);
  });
});

describe('the keys', () => {
  it('run one command each in every scope', () => {
    const owners = new Map<string, CommandId>();
    for (const id of COMMAND_IDS) {
      for (const key of keysOf(id)) {
        // Cell keys are plain keys of an executor cell; the others share the keyboard.
        const slot = scopeOf(id) === 'cell' ? `cell:${key.toLowerCase()}` : key.toLowerCase();
        expect(owners.get(slot), `${key} of ${id}`).toBeUndefined();
        owners.set(slot, id);
      }
    }
  });

  it('the grid handles exactly the grid keys of the table', () => {
    for (const event of PROBES) {
      const command = commandForKey(event as KeyboardEvent);
      if (command === null) continue;
      expect(scopeOf(command)).toBe('grid');
      expect(keysOf(command).some((key) => matchesShortcut(event, key))).toBe(true);
    }
    for (const id of COMMAND_IDS.filter((c) => scopeOf(c) === 'grid')) {
      for (const key of keysOf(id)) {
        expect(commandForKey(eventOf(key) as KeyboardEvent), key).toBe(id);
      }
    }
  });

  it('an executor cell handles exactly the cell keys of the table', () => {
    for (const { key } of PROBES) {
      const command = cellCommandForKey(key);
      if (!command) continue;
      expect(keysOf(command).map((k) => k.toLowerCase())).toContain(key.toLowerCase());
    }
    for (const id of COMMAND_IDS.filter((c) => scopeOf(c) === 'cell')) {
      for (const key of keysOf(id)) {
        expect(cellCommandForKey(key), key).toBe(id);
        expect(cellCommandForKey(key.toLowerCase()), key).toBe(id);
      }
    }
  });

  it('the window handles only the window keys of the table', () => {
    const handled = PROBES.map((event) => commandForKeyIn(event, 'window')).filter(
      (id) => id !== null,
    );
    expect(new Set(handled)).toEqual(new Set(COMMAND_IDS.filter((c) => scopeOf(c) === 'window')));
  });
});

describe('the toolbar and the row menu', () => {
  it('offer every grid command of the table, once', () => {
    const offered = [...HISTORY_COMMANDS, ...STEP_COMMANDS, ...SYMBOL_COMMANDS, ...FLOW_COMMANDS];
    expect(new Set(offered).size).toBe(offered.length);
    expect(new Set(offered)).toEqual(new Set(Object.keys(GRID_COMMANDS)));
  });
});

describe('the Bantuan panel', () => {
  const allRows = (desktop: boolean) => {
    const { commands, table } = helpRows('id', desktop);
    return [...commands, ...table];
  };

  it('lists no command and no key twice', () => {
    for (const desktop of [false, true]) {
      const rows = allRows(desktop);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      const keys = rows.flatMap((r) => r.keys.split(/ \/ |, /));
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    }
  });

  it('lists nothing but the table and the keys of moving, typing, clicks and the clipboard', () => {
    const t = helpStrings.id;
    const labels = COMMAND_IDS.map((id) => commandSpec(id).label.id);
    const extra = allRows(true).filter((row) => !labels.includes(row.name));
    expect(extra.map((row) => row.name)).toEqual([
      t.navigate,
      t.edit,
      t.newLine,
      t.place,
      t.join,
      t.copyPaste,
    ]);
  });

  it('says how to place a symbol with the mouse, and that Ctrl or Alt makes a joint activity', () => {
    const row = allRows(true).find((r) => r.name === helpStrings.id.join);
    expect(row?.keys).toBe('Ctrl+klik / Alt+klik');
  });

  it('lists every command with keys, with its keys, where they work', () => {
    for (const desktop of [false, true]) {
      const rows = allRows(desktop);
      for (const id of COMMAND_IDS.filter((c) => keysOf(c).length > 0)) {
        const row = rows.find((r) => r.name === commandSpec(id).label.id);
        if (scopeOf(id) === 'menu' && !desktop) {
          expect(row, `${id} works only in the desktop app`).toBeUndefined();
        } else {
          expect(row?.keys, id).toBe(keysOf(id).map(formatShortcut).join(' / '));
        }
      }
    }
  });

  it('shows Hapus langkah with the key the grid handles', () => {
    const row = allRows(true).find((r) => r.name === 'Hapus langkah');
    expect(row?.keys).toBe('Ctrl+Delete');
    expect(commandForKey(eventOf('Mod+Delete') as KeyboardEvent)).toBe('deleteSteps');
  });
});
