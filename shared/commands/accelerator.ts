// The table's keys as Electron writes menu accelerators: "Mod+Delete" becomes
// "CmdOrCtrl+Delete". A key chosen for one platform (Ulangi) names that platform's modifier.

import type { CommandSpec, Shortcut } from './types';

const ELECTRON_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down' };

export function toAccelerator(shortcut: Shortcut, platform?: 'mac' | 'other'): string {
  const mod = platform === undefined ? 'CmdOrCtrl' : platform === 'mac' ? 'Cmd' : 'Ctrl';
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? mod : (ELECTRON_KEYS[part] ?? part)))
    .join('+');
}

/** The accelerator of a command's menu item, if it has keys. */
export function menuAccelerator(spec: CommandSpec, isMac: boolean): string | undefined {
  const shortcut = spec.shortcut;
  const first = shortcut?.keys[0];
  if (!shortcut || first === undefined) return undefined;
  if (shortcut.macMenuKey === undefined) return toAccelerator(first);
  return isMac ? toAccelerator(shortcut.macMenuKey, 'mac') : toAccelerator(first, 'other');
}
