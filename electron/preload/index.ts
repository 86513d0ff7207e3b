// The preload: exposes the API contract's named functions on window.sopApi and, in the desktop
// app, the desktop contract plus menu/open-file subscriptions on window.sopDesktop. Nothing else
// (no ipcRenderer, no generic invoke).

import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { buildBridge } from '../../shared/api';
import type { SopBridge } from '../../shared/api';
import {
  DESKTOP_CHANNELS,
  MENU_CHANNEL,
  MENU_COMMANDS,
  OPEN_FILE_CHANNEL,
} from '../../shared/api/desktop';
import type { MenuCommand, OpenedFile, SopDesktopBridge } from '../../shared/api/desktop';

const bridge = buildBridge((channel, args) =>
  ipcRenderer.invoke(channel, ...args),
) satisfies SopBridge;

function subscribe<T>(channel: string, accept: (value: unknown) => value is T) {
  return (listener: (value: T) => void) => {
    const handler = (_event: IpcRendererEvent, value: unknown) => {
      if (accept(value)) listener(value);
    };
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' && value !== null && 'document' in value && 'fileName' in value;

const desktop = {
  ...(Object.fromEntries(
    DESKTOP_CHANNELS.map((channel) => [
      channel,
      (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
    ]),
  ) as Omit<SopDesktopBridge, 'onMenuCommand' | 'onOpenFile'>),
  onMenuCommand: subscribe(MENU_CHANNEL, isMenuCommand),
  onOpenFile: subscribe(OPEN_FILE_CHANNEL, isOpenedFile),
} satisfies SopDesktopBridge;

contextBridge.exposeInMainWorld('sopApi', bridge);
contextBridge.exposeInMainWorld('sopDesktop', desktop);
