// Every `sop` subcommand, in the order `sop --help` lists them.

import type { CliCommand } from '../command';
import { validateCommand } from './validate';

export const COMMANDS: CliCommand[] = [validateCommand];
