// Which file the OS asked us to open: the command line of a launch (or of a second launch that
// the single-instance lock forwarded), from a file association or "Open with".

const OPENABLE = /\.(sop\.json|xlsx)$/i;

export function fileFromArgv(argv: readonly string[]): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ("."). Flags start with '-'.
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') && OPENABLE.test(arg)) return arg;
  }
  return null;
}
