// Every `sop` subcommand, in the order `sop --help` lists them. Implementations load on demand
// (each file exports `run`), so one command does not pay for another's libraries.

import type { CliCommand } from '../command';

export const COMMANDS: CliCommand[] = [
  {
    name: 'validate',
    summary: 'Memeriksa satu berkas .sop.json terhadap aturan Permenpan RB 35/2012',
    usage: 'sop validate <berkas.sop.json>',
    load: async () => (await import('./validate')).run,
  },
];
