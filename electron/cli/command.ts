// What a `sop` subcommand is, and the errors that map to exit codes (1 input, 2 usage).

export type CliIO = {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
};

export type CliRun = (args: string[], io: CliIO) => Promise<number>;

export type CliCommand = {
  name: string;
  /** One line for `sop --help`. */
  summary: string;
  /** The usage lines printed by `sop <name> --help` and on usage errors. */
  usage: string;
  /** Loads the implementation on demand, so `sop --help` and light commands start fast. */
  load: () => Promise<CliRun>;
};

/** Wrong words on the command line: exit 2 with the usage. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
