// Registers every channel of the API contract and of the desktop contract with ipcMain; each call
// passes the dispatcher's validation, and only frames showing the app's own page may call.

import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { API_CHANNELS, apiContract } from '../../shared/api';
import { DESKTOP_CHANNELS, desktopContract } from '../../shared/api/desktop';
import { dispatchCall } from '../services/api';
import type { ApiHandlers } from '../services/api';
import type { DesktopHandlers } from './desktop-handlers';
import { isAppUrl } from './window';

export function registerIpc(
  handlers: ApiHandlers,
  desktopHandlers: DesktopHandlers,
  rendererIndexUrl: string,
): void {
  const fromApp = (event: IpcMainInvokeEvent) =>
    event.senderFrame !== null && isAppUrl(event.senderFrame.url, rendererIndexUrl);
  const forbidden = { ok: false, error: { code: 'forbidden', message: 'Akses ditolak.' } };

  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      fromApp(event) ? dispatchCall(apiContract, handlers, channel, args) : forbidden,
    );
  }
  for (const channel of DESKTOP_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      fromApp(event) ? dispatchCall(desktopContract, desktopHandlers, channel, args) : forbidden,
    );
  }
}
