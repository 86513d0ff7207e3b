// The API contract: every call the renderer may make, with its argument schema and result type.
// electron/main registers it with ipcMain, electron/preload exposes exactly these names, the
// preview host serves them over loopback HTTP, and the renderer's client is typed from it.

import type { z } from 'zod';
import { appChannels } from './channels/app';
import { jobChannels } from './channels/job';
import { libraryChannels } from './channels/library';
import { pdfChannels } from './channels/pdf';
import { xlsxChannels } from './channels/xlsx';
import { pdfImportChannels } from './channels/pdf-import';
import { xlsxExportChannels } from './channels/xlsx-export';
import { serverChannels } from './channels/server';
import type { ApiResponse, ChannelSpec } from './define';

export const apiContract = {
  ...appChannels,
  ...pdfChannels,
  ...libraryChannels,
  ...xlsxChannels,
  ...pdfImportChannels,
  ...xlsxExportChannels,
  ...jobChannels,
  ...serverChannels,
};

export type ApiContract = typeof apiContract;
export type ApiChannel = keyof ApiContract;

export const API_CHANNELS = Object.keys(apiContract) as ApiChannel[];

export function isApiChannel(name: string): name is ApiChannel {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

type ArgsOf<C extends ApiChannel> = ApiContract[C]['args'];
/** Arguments as the caller passes them (before defaults are applied). */
export type ApiArgs<C extends ApiChannel> = z.input<ArgsOf<C>>;
/** Arguments as a handler receives them (validated, defaults applied). */
export type ApiParsedArgs<C extends ApiChannel> = z.output<ArgsOf<C>>;
export type ApiResult<C extends ApiChannel> =
  ApiContract[C] extends ChannelSpec<z.ZodTuple, infer R> ? R : never;

/** What the preload exposes on `window.sopApi`: one named function per channel. */
export type SopBridge = {
  [C in ApiChannel]: (...args: ApiArgs<C>) => Promise<ApiResponse<ApiResult<C>>>;
};

/** Builds the bridge from a transport; used by the preload (IPC) and the preview (HTTP). */
export function buildBridge(
  invoke: (channel: ApiChannel, args: unknown[]) => Promise<unknown>,
): SopBridge {
  const entries = API_CHANNELS.map((name) => [name, (...args: unknown[]) => invoke(name, args)]);
  return Object.fromEntries(entries) as SopBridge;
}
