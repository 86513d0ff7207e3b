// The security settings of the desktop window and its navigation guards.

import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, guardWebContents, isAppUrl } from '../../../electron/main/window';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../shared/api/csp';
import { readFileSync } from 'node:fs';

const APP = 'file:///opt/sop/build/renderer/index.html';

describe('main window options', () => {
  let options: BrowserWindowConstructorOptions = {};
  // The Electron constructor behind the thin interface: records the options it is given.
  class FakeWindow {
    constructor(given: BrowserWindowConstructorOptions) {
      options = given;
    }
  }
  createMainWindow(
    FakeWindow as unknown as typeof BrowserWindow,
    '/opt/sop/build/electron/preload.cjs',
    {
      width: 1000,
      height: 700,
    },
  );
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page, without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/opt/sop/build/electron/preload.cjs');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(options.show).toBe(false);
    expect(options.width).toBe(1000);
  });
});

describe('app URL check', () => {
  it('accepts only the renderer index file', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/identitas`, APP)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://example.org/', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });
});

describe('web contents guards', () => {
  function fakeContents() {
    const listeners = new Map<
      string,
      (event: { preventDefault: () => void }, url: string) => void
    >();
    let windowOpen: (() => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let permissionCheck: (() => boolean) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => {
        windowOpen = handler;
      },
      session: {
        setPermissionRequestHandler: (handler: typeof permission) => {
          permission = handler;
        },
        setPermissionCheckHandler: (handler: typeof permissionCheck) => {
          permissionCheck = handler;
        },
      },
    };
    guardWebContents(contents as never, APP);
    const navigate = (name: string, url: string) => {
      const preventDefault = vi.fn();
      listeners.get(name)?.({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    };
    return {
      navigate,
      windowOpen: () => windowOpen?.(),
      permission,
      permissionCheck: () => permissionCheck?.(),
    };
  }

  it('blocks navigation away from the app but not within it', () => {
    const guards = fakeContents();
    expect(guards.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(guards.navigate('will-navigate', 'file:///tmp/other.html')).toBe(true);
    expect(guards.navigate('will-navigate', APP)).toBe(false);
    expect(guards.navigate('will-redirect', APP)).toBe(true);
    expect(guards.navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies new windows and every permission', () => {
    const guards = fakeContents();
    expect(guards.windowOpen()).toEqual({ action: 'deny' });
    const callback = vi.fn();
    guards.permission?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(guards.permissionCheck()).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app itself: no remote scripts, objects, frames or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('is the same policy in the renderer page (meta tag) as the host header', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    // frame-ancestors is ignored in a meta tag, so the page carries the rest.
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
