// The desktop app's extras on window.sopDesktop (native save/open dialogs, printing, the native
// menu, files the OS opens): the only module that reaches them, like api.ts for window.sopApi.
// In the browser preview it is absent and the document commands fall back to downloads and
// window.print.

import type {
  DesktopArgs,
  DesktopChannel,
  DesktopResult,
  MenuCommand,
  OpenedFile,
  SopDesktopBridge,
} from '../../../shared/api/desktop';
import { ApiError } from './api';

declare global {
  interface Window {
    sopDesktop?: SopDesktopBridge;
  }
}

export function hasDesktop(): boolean {
  return window.sopDesktop !== undefined;
}

/** Calls a desktop channel; throws ApiError with the message for the user. */
export async function callDesktop<C extends DesktopChannel>(
  channel: C,
  ...args: DesktopArgs<C>
): Promise<DesktopResult<C>> {
  const bridge = window.sopDesktop;
  if (!bridge) throw new ApiError('no-desktop', 'Perintah ini hanya tersedia di aplikasi desktop.');
  const invoke = bridge[channel] as (...a: DesktopArgs<C>) => ReturnType<SopDesktopBridge[C]>;
  const response = await invoke(...args);
  if (!response.ok) throw new ApiError(response.error.code, response.error.message);
  return response.value as DesktopResult<C>;
}

/** Listens to the native menu and to files the OS opens; returns the stop function. */
export function listenToDesktop(
  onCommand: (command: MenuCommand) => void,
  onFile: (file: OpenedFile) => void,
): () => void {
  const bridge = window.sopDesktop;
  if (!bridge) return () => undefined;
  const stopMenu = bridge.onMenuCommand(onCommand);
  const stopFiles = bridge.onOpenFile(onFile);
  return () => {
    stopMenu();
    stopFiles();
  };
}
