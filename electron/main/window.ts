// The main window and the rules every web contents of the app obeys: isolated, sandboxed,
// no Node in the page, no navigation away from the app, no new windows, no permissions.

import type { BrowserWindow, WebContents } from 'electron';

export type WindowBounds = { x?: number; y?: number; width: number; height: number };

/**
 * Creates the main window: isolated, sandboxed, no Node in the page. The options are written out
 * literally here (not assembled) so that reviewers and electronegativity see them at a glance.
 */
export function createMainWindow(
  Window: typeof BrowserWindow,
  preloadPath: string,
  bounds: WindowBounds,
): BrowserWindow {
  return new Window({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'SOP AP Editor',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800 };

/** True when a URL belongs to the app's own renderer files. */
export function isAppUrl(url: string, rendererIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(rendererIndexUrl);
    return target.protocol === app.protocol && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

export function guardWebContents(contents: WebContents, rendererIndexUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}
