// Registers every channel of the API contract with ipcMain; each call passes the dispatcher's
// validation, and only frames showing the app's own page may call.

import { ipcMain } from 'electron';
import { API_CHANNELS } from '../../shared/api';
import { dispatch } from '../services/api';
import type { ApiHandlers } from '../services/api';
import { isAppUrl } from './window';

export function registerApi(handlers: ApiHandlers, rendererIndexUrl: string): void {
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url, rendererIndexUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Akses ditolak.' } };
      }
      return dispatch(handlers, channel, args);
    });
  }
}
