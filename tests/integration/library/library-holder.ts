// Child process for the busy-library test: opens a library and keeps it open until its stdin
// closes, like a second app window or a long-running `sop` command.

import { openLibrary } from '../../../electron/services/library/library';

const library = openLibrary(process.argv[2]!, { dailyBackup: false });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  library.close();
  process.exit(0);
});
