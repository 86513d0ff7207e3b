// Desktop entry: app lifecycle and the main window. Everything else lives in services.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { APP_NAME, findAppRoot, readAppVersion } from '../services/app-root';
import { createApiHandlers } from '../services/api';
import { registerApi } from './ipc';
import { guardWebContents, secureWindowOptions } from './window';

const root = findAppRoot(__dirname);
const rendererIndex = path.join(root, 'build', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).toString();

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererIndexUrl));

async function openMainWindow(): Promise<void> {
  const window = new BrowserWindow(
    secureWindowOptions(path.join(root, 'build', 'electron', 'preload.cjs')),
  );
  window.once('ready-to-show', () => window.show());
  await window.loadFile(rendererIndex);
}

app.whenReady().then(async () => {
  registerApi(
    createApiHandlers({
      appInfo: { name: APP_NAME, version: readAppVersion(root), shell: 'desktop' },
      resourcesDir: path.join(root, 'resources'),
    }),
    rendererIndexUrl,
  );
  await openMainWindow();
});

app.on('window-all-closed', () => app.quit());
