// Argument parsing for subcommands on top of node:util parseArgs, with usage errors in Indonesian.

import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliUsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(
      `Argumen tidak dikenali: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
