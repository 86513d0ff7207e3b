// The desktop-only part of the contract: native dialogs, recent files, printing and menu
// commands. The renderer never passes a file path: paths come from dialogs or the recent list,
// chosen and remembered in the main process.

import { z } from 'zod';
import type { SopDocument } from '../model';
import { paperSchema, sopDocumentSchema } from '../model';
import type { CommandId } from '../commands';
import { channel } from './define';
import type { ApiResponse, ChannelSpec } from './define';

export type OpenedFile = { document: SopDocument; fileName: string; recentId: string };
export type SavedFile = { fileName: string; recentId: string } | null;
export type RecentFile = { recentId: string; fileName: string; folder: string };

const bytes = z.instanceof(Uint8Array);
const suggestedName = z.string().max(200);

export const desktopContract = {
  /** Open dialog for a .sop.json; null when the user cancels. */
  'desktop:openSop': channel<OpenedFile | null>()(z.tuple([])),
  /** Opens a file of the recent list by its id (paths never travel from the renderer). */
  'desktop:openRecent': channel<OpenedFile>()(z.tuple([z.string().max(64)])),
  'desktop:recentFiles': channel<RecentFile[]>()(z.tuple([])),
  /** Save dialog for a .sop.json of the given document. */
  'desktop:saveSop': channel<SavedFile>()(z.tuple([sopDocumentSchema, suggestedName])),
  /** Save dialog for bytes made by the app (PDF, xlsx, a library backup); the kind picks the filter. */
  'desktop:saveBytes': channel<SavedFile>()(
    z.tuple([z.enum(['pdf', 'xlsx', 'sqlite']), bytes, suggestedName]),
  ),
  /** Open dialog for an Excel workbook; returns its bytes for the importer. */
  'desktop:openWorkbook': channel<{ bytes: Uint8Array; fileName: string } | null>()(z.tuple([])),
  /** Open dialog for a PDF to import; returns its bytes for the importer. */
  'desktop:openPdf': channel<{ bytes: Uint8Array; fileName: string } | null>()(z.tuple([])),
  /** Print preview window for PDF bytes, paper and orientation preselected. */
  'desktop:printPdf': channel<void>()(z.tuple([bytes, paperSchema])),
};

export type DesktopContract = typeof desktopContract;
export type DesktopChannel = keyof DesktopContract;
export const DESKTOP_CHANNELS = Object.keys(desktopContract) as DesktopChannel[];

export function isDesktopChannel(name: string): name is DesktopChannel {
  return Object.prototype.hasOwnProperty.call(desktopContract, name);
}

export type DesktopArgs<C extends DesktopChannel> = z.input<DesktopContract[C]['args']>;
export type DesktopParsedArgs<C extends DesktopChannel> = z.output<DesktopContract[C]['args']>;
export type DesktopResult<C extends DesktopChannel> =
  DesktopContract[C] extends ChannelSpec<z.ZodTuple, infer R> ? R : never;

/**
 * The commands of the command table (shared/commands) the native menu sends to the renderer,
 * which runs them like its buttons and keys; the preload lets no other command through.
 */
export const MENU_COMMANDS = [
  'newSop',
  'openLibrary',
  'openFile',
  'saveRevision',
  'exportSopJson',
  'importExcel',
  'importPdf',
  'exportPdf',
  'exportExcel',
  'print',
  'publishToServer',
  'pullFromServer',
  'openRegister',
  'undo',
  'redo',
  'insertStepBelow',
  'deleteSteps',
  'editDecision',
  'viewGrid',
  'viewIdentity',
  'viewPreview',
  'toggleChecks',
  'help',
  'about',
] as const satisfies readonly CommandId[];

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** `window.sopDesktop`, present only in the desktop app. */
export type SopDesktopBridge = {
  [C in DesktopChannel]: (...args: DesktopArgs<C>) => Promise<ApiResponse<DesktopResult<C>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to files the OS asks the app to open (second launch, file association). */
  onOpenFile: (listener: (file: OpenedFile) => void) => () => void;
};

export const MENU_CHANNEL = 'menu:command';
export const OPEN_FILE_CHANNEL = 'desktop:file-opened';
