// The `sop` command: the app's services without a window, for scripting and batch work.

import { CliUsageError, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './command';
import type { CliIO } from './command';
import { COMMANDS } from './commands';
import { DEBUG_ENV, reportFailure } from './failure';
import { safeLine } from './terminal';

export async function runCli(argv: string[], rawIo: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  const io = guardedIo(rawIo, debug);
  const [name, ...rest] = argv.filter((word) => word !== '--debug');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Perintah "${name}" tidak dikenal.\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nPemakaian: ${command.usage}`);
    return EXIT_OK;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`${error.message}\nPemakaian: ${command.usage}`);
      return EXIT_USAGE;
    }
    reportFailure(io, error);
    return EXIT_INPUT;
  }
}

/** Every printed line passes `safeLine`; `--debug` is passed on to commands as SOP_DEBUG=1. */
function guardedIo(io: CliIO, debug: boolean): CliIO {
  return {
    ...io,
    out: (line) => io.out(safeLine(line)),
    err: (line) => io.err(safeLine(line)),
    env: debug ? { ...io.env, [DEBUG_ENV]: '1' } : io.env,
  };
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'sop — alat baris perintah SOP AP Editor',
    '',
    'Pemakaian: sop <perintah> [argumen]   (sop <perintah> --help untuk rinciannya)',
    '           --debug (atau SOP_DEBUG=1) menampilkan rincian teknis bila terjadi kesalahan',
    '',
    'Perintah:',
    ...lines,
  ].join('\n');
}
