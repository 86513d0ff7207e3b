// What the API handlers need from their host process (desktop main, preview host or tests).

import type { AppInfo } from '../../../shared/api';
import { SopError } from '../../../shared/errors';
import type { LibrarySession } from '../library/session';
import type { SecretStore } from '../server/secret-store';
import type { JobRunner } from '../workers/runner';
import type { JobRegistry } from './jobs';

export type ApiContext = {
  appInfo: AppInfo;
  /** The folder holding fonts, icons and example SOPs. */
  resourcesDir: string;
  /** The SOP library of this host; absent where no library is served (library calls then fail). */
  library?: LibrarySession;
  /** Runs the heavy jobs; by default a worker pool in a bundle, in-process from source. */
  jobs?: JobRunner;
  /** Where the organisation server's password is kept; by default in memory for the run. */
  secrets?: SecretStore;
  /**
   * Sends the outbox of the open library on its own, at once and then every so many ms (the
   * desktop and the preview host: `OUTBOX_EVERY_MS`); absent, only Kirim ke Biro sends.
   */
  outboxEveryMs?: number;
};

/** The context the heavy handlers see: a runner and the registry of running jobs. */
export type HeavyContext = { runner: JobRunner; registry: JobRegistry };

/** The host's library session, or the message that this host serves none. */
export function librarySession(ctx: ApiContext): LibrarySession {
  if (!ctx.library) {
    throw new SopError(
      'internal',
      'Pustaka SOP tidak tersedia di sini. Buka aplikasi desktop atau jalankan pratinjau dengan --data-dir.',
    );
  }
  return ctx.library;
}
