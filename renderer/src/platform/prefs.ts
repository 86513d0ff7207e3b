// The user's preferences of the interface (language, which panels are open), kept in the
// window's localStorage: Electron keeps it in the app's data folder between sessions, the browser
// preview per address. Not part of any document. Storage can be unavailable (a private window,
// a full disk): a preference then lasts for this session only.

/** Reads a preference; `fallback` when it was never set or cannot be read. */
export function readPref<T>(key: string, accept: (value: unknown) => value is T, fallback: T): T {
  try {
    const text = localStorage.getItem(prefKey(key));
    if (text === null) return fallback;
    const value = parseStored(text);
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** A stored value: JSON, or a plain word as the first versions stored the language (`en`). */
function parseStored(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function writePref(key: string, value: unknown): void {
  try {
    localStorage.setItem(prefKey(key), JSON.stringify(value));
  } catch {
    // Not stored: the choice holds until the window closes.
  }
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

function prefKey(key: string): string {
  return `sop-${key}`;
}
