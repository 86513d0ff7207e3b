// Keyboard shortcuts written as "Mod+Shift+Z" ("Mod" is Ctrl, or Cmd on a Mac): matching a key
// event and showing the shortcut to the user.

export type Shortcut = string;

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
