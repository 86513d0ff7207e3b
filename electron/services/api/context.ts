// What the API handlers need from their host process (desktop main, preview host or tests).

import type { AppInfo } from '../../../shared/api';
import type { LibrarySession } from '../library/session';

export type ApiContext = {
  appInfo: AppInfo;
  /** The folder holding fonts, icons and example SOPs. */
  resourcesDir: string;
  /** The SOP library of this host; absent where no library is served (library calls then fail). */
  library?: LibrarySession;
};
