// The keys of the command table in the renderer: matching a key event against a shortcut written
// "Mod+Shift+Z" ("Mod" is Ctrl, or Cmd on a Mac), showing keys to the user, and finding the
// command a key runs in each scope (shared/commands/types.ts says who handles which keys).

import { COMMAND_IDS, commandSpec } from '../../../shared/commands';
import type { CommandId, KeyScope, Shortcut } from '../../../shared/commands';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1] ?? '';
  const wants = new Set(parts.slice(0, -1));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⌘+Shift+Z" on a Mac). */
export function formatShortcut(shortcut: Shortcut): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : (KEY_NAMES[part] ?? part)))
    .join('+');
}

/** A command's keys as the user reads them where they work: menu keys only in the desktop app. */
export function shownKeys(id: CommandId, desktop: boolean): readonly Shortcut[] {
  const shortcut = commandSpec(id).shortcut;
  if (!shortcut || (shortcut.scope === 'menu' && !desktop)) return [];
  return shortcut.keys;
}

function findCommand(scope: KeyScope, matches: (key: Shortcut) => boolean): CommandId | null {
  const found = COMMAND_IDS.find((id) => {
    const shortcut = commandSpec(id).shortcut;
    return shortcut?.scope === scope && shortcut.keys.some(matches);
  });
  return found ?? null;
}

/** The command a key event runs in a scope with modifiers (grid, window, menu), or null. */
export function commandForKeyIn(
  event: KeyLike,
  scope: Exclude<KeyScope, 'cell'>,
): CommandId | null {
  return findCommand(scope, (key) => matchesShortcut(event, key));
}

/** The command a plain key runs in an executor cell; any case (a capital P places the box too). */
export function commandForCellKey(key: string): CommandId | null {
  return findCommand('cell', (cellKey) => cellKey.toLowerCase() === key.toLowerCase());
}
