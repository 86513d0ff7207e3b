// Where the library lives: `--data-dir`, else SOP_DATA_DIR, else the folder Electron uses as
// userData for the product name "SOP AP Editor", so the app, the preview host and the CLI all
// find the same library.

import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SOP AP Editor';
export const LIBRARY_FILE = 'pustaka-sop.sqlite';
export const BACKUP_FOLDER = 'cadangan';

export type DataDirInput = {
  dataDir?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  home?: string;
  /** The desktop app passes Electron's own userData path here. */
  defaultDir?: string;
};

export function resolveDataDir(input: DataDirInput): string {
  if (input.dataDir) return path.resolve(input.dataDir);
  if (input.env.SOP_DATA_DIR) return path.resolve(input.env.SOP_DATA_DIR);
  if (input.defaultDir) return input.defaultDir;
  return defaultDataDir(input.platform ?? process.platform, input.env, input.home ?? os.homedir());
}

/** Electron's `app.getPath('userData')`: appData joined with the app's product name. */
function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      PRODUCT_NAME,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function libraryFile(dataDir: string): string {
  return path.join(dataDir, LIBRARY_FILE);
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_FOLDER);
}
