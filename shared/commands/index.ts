// The one command table of the app: every command declared once with its id, its labels, its
// keys and who handles them. The native menu (electron/main/menu.ts) takes labels and
// accelerators from here; the renderer binds a handler to every id (a missing one fails to
// compile) and draws its toolbars, menus and the help panel from the same entries.

import { DOCUMENT_COMMANDS } from './document';
import { GRID_COMMANDS } from './grid';
import { SERVER_COMMANDS } from './server';
import type { CommandSpec } from './types';
import { VIEW_COMMANDS } from './view';

export { menuAccelerator, toAccelerator } from './accelerator';
export type { CommandKeys, CommandSpec, KeyScope, Labels, Shortcut } from './types';

/** The table, grid commands first: the help panel lists the keys in this order. */
export const COMMANDS = {
  ...GRID_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...SERVER_COMMANDS,
  ...VIEW_COMMANDS,
};

export type CommandId = keyof typeof COMMANDS;
export type GridCommandId = keyof typeof GRID_COMMANDS;
export type DocumentCommandId = keyof typeof DOCUMENT_COMMANDS;
export type ViewCommandId = keyof typeof VIEW_COMMANDS;
export type ServerCommandId = keyof typeof SERVER_COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isCommandId(value: string): value is CommandId {
  return Object.hasOwn(COMMANDS, value);
}

export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/** The name of a command in the native menu (always Bahasa Indonesia). */
export function menuLabel(id: CommandId): string {
  const spec = commandSpec(id);
  return spec.label.id + (spec.ellipsis ? '…' : '');
}
