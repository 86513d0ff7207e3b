// Interface preferences: kept in the window's storage between sessions (the Periksa panel and the
// side preview stay as the clerk left them), read back safely whatever the storage holds.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isBoolean, readPref, writePref } from '../../../renderer/src/platform/prefs';

/** The window's localStorage, as a map the test can look into. */
function installStorage(): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  });
  return items;
}

describe('preferences', () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = installStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads back what was written, and the fallback for what was never set', () => {
    writePref('checks-open', false);
    expect(readPref('checks-open', isBoolean, true)).toBe(false);
    expect(readPref('preview-beside', isBoolean, false)).toBe(false);
  });

  it('ignores a stored value of the wrong kind, and reads the plain word older versions wrote', () => {
    items.set('sop-checks-open', '"ya"');
    expect(readPref('checks-open', isBoolean, true)).toBe(true);
    items.set('sop-language', 'en');
    const isLanguage = (v: unknown): v is 'id' | 'en' => v === 'id' || v === 'en';
    expect(readPref('language', isLanguage, 'id')).toBe('en');
  });

  it('falls back, and writes nothing, where there is no storage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(() => writePref('checks-open', false)).not.toThrow();
    expect(readPref('checks-open', isBoolean, true)).toBe(true);
  });

  it('keeps the Periksa panel and the side preview as the clerk left them, in the next session', async () => {
    const first = (await import('../../../renderer/src/app/ui-store')).useShell;
    expect(first.getState().checksOpen).toBe(true);
    expect(first.getState().previewBeside).toBe(false);
    first.getState().toggleChecks();
    first.getState().togglePreviewBeside();

    vi.resetModules();
    const next = (await import('../../../renderer/src/app/ui-store')).useShell;
    expect(next.getState().checksOpen).toBe(false);
    expect(next.getState().previewBeside).toBe(true);
  });
});
