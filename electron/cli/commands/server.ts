// `sop server setup|add-unit|list|review|decree|book`: the organisation server (docs/server.md).
// Setup and add-unit take the administrator's `--admin-url`; the others a login's `--server`;
// without them the standard PG* variables. No password is printed, but add-unit's last line.

import { parseCommandArgs } from '../args';
import { CliUsageError } from '../command';
import type { CliIO } from '../command';
import type { CliRun } from '../command';
import { visible } from '../terminal';
import { addUnitAction, setupAction } from './server-admin';
import { bookAction } from './server-book';
import { SERVER_OPTIONS, type ServerValues } from './server-options';
import { decreeAction, listAction, reviewAction } from './server-register';

type Action = (words: string[], values: ServerValues, io: CliIO) => Promise<number>;

const ACTIONS: Record<string, Action> = {
  setup: setupAction,
  'add-unit': addUnitAction,
  list: listAction,
  review: reviewAction,
  decree: decreeAction,
  book: bookAction,
};

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, SERVER_OPTIONS);
  const [action, ...words] = positionals;
  const perform = action === undefined ? undefined : ACTIONS[action];
  if (!perform) {
    throw new CliUsageError(
      action === undefined
        ? `Sebutkan tindakan: ${Object.keys(ACTIONS).join(', ')}.`
        : `Tindakan "${visible(action)}" tidak dikenal.`,
    );
  }
  return perform(words, values, io);
};
