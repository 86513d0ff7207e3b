// What the API handlers need from their host process (desktop main, preview host or tests).

import type { AppInfo } from '../../../shared/api';
import type { LibrarySession } from '../library/session';
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
};

/** The context the heavy handlers see: a runner and the registry of running jobs. */
export type HeavyContext = { runner: JobRunner; registry: JobRegistry };
