// The preload: exposes the API contract's named functions on window.sopApi, and nothing else
// (no ipcRenderer, no generic invoke).

import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../shared/api';
import type { SopBridge } from '../../shared/api';

const bridge = buildBridge((channel, args) =>
  ipcRenderer.invoke(channel, ...args),
) satisfies SopBridge;

contextBridge.exposeInMainWorld('sopApi', bridge);
