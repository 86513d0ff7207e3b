// One app instance per user: a second launch hands its command line to the first and quits.
// The Electron app object is behind this small interface so the logic is testable without it.

export type SingleInstanceApp = {
  requestSingleInstanceLock: () => boolean;
  quit: () => void;
  on: (event: 'second-instance', listener: (event: unknown, argv: string[]) => void) => unknown;
};

/** Returns false (and quits) when another instance already runs. */
export function claimSingleInstance(
  app: SingleInstanceApp,
  onSecondLaunch: (argv: string[]) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => onSecondLaunch(argv));
  return true;
}
