// Runs any command of the command table by its id, for the native menu, the window's keys and
// the frame's buttons. The frame is where every room's handlers meet: the grid's, the document
// commands', the server commands' and the view commands'; the type makes each id of the table have its handler.

import { commandSpec } from '../../../../shared/commands';
import type { CommandId } from '../../../../shared/commands';
import { requireServer, serverHandlers } from '../../app/server-sync';
import { useShell } from '../../app/ui-store';
import { viewHandlers } from '../../app/view-handlers';
import type { Handlers } from '../../commands/handlers';
import { documentHandlers } from '../../document/handlers';
import { notifyError } from '../../ui/notices';
import { gridHandlers } from '../grid';

const HANDLERS: Handlers<CommandId> = {
  ...gridHandlers,
  ...documentHandlers,
  ...serverHandlers,
  ...viewHandlers,
};

/** Whether a command applies on the current screen: editor commands need an open SOP. */
export function availableHere(id: CommandId): boolean {
  return !commandSpec(id).editorOnly || useShell.getState().screen === 'editor';
}

/**
 * Runs a command where it applies (a server command once a server is set); a failure becomes an
 * error notice.
 */
export function runCommand(id: CommandId): void {
  if (!availableHere(id)) return;
  if (commandSpec(id).needsServer && !requireServer()) return;
  const result = HANDLERS[id]();
  if (result instanceof Promise) void result.catch(notifyError);
}
