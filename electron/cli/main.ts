// The `sop` command: the app's services without a window, for scripting and batch work.

import { isSopError } from '../../shared/errors';
import { CliUsageError, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './command';
import type { CliIO } from './command';
import { COMMANDS } from './commands';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
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
    if (isSopError(error)) {
      io.err(error.message);
      return EXIT_INPUT;
    }
    io.err(
      `Kesalahan tak terduga: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT_INPUT;
  }
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'sop — alat baris perintah SOP AP Editor',
    '',
    'Pemakaian: sop <perintah> [argumen]   (sop <perintah> --help untuk rinciannya)',
    '',
    'Perintah:',
    ...lines,
  ].join('\n');
}
