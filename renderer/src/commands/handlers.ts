// What runs a command: each room binds a handler to every id it owns, typed by the table, so a
// command declared in shared/commands without its handler does not compile.

import type { CommandId } from '../../../shared/commands';

type CommandHandler = () => unknown;

export type Handlers<Id extends CommandId> = { readonly [C in Id]: CommandHandler };
