// Where the library lives: --data-dir, then SOP_DATA_DIR, then Electron's userData folder.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/services/library/data-dir';

describe('resolveDataDir', () => {
  it('prefers the flag, then the environment variable', () => {
    const env = { SOP_DATA_DIR: '/srv/sop' };
    expect(resolveDataDir({ dataDir: 'data', env })).toBe(path.resolve('data'));
    expect(resolveDataDir({ env })).toBe('/srv/sop');
  });

  it("defaults to Electron's userData folder for the product name", () => {
    expect(
      resolveDataDir({
        env: { APPDATA: 'C:\\Users\\ani\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\ani',
      }),
    ).toBe('C:\\Users\\ani\\AppData\\Roaming\\SOP AP Editor');
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/ani' })).toBe(
      '/Users/ani/Library/Application Support/SOP AP Editor',
    );
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/ani' })).toBe(
      '/home/ani/.config/SOP AP Editor',
    );
    expect(
      resolveDataDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/ani' }),
    ).toBe('/xdg/SOP AP Editor');
  });
});
