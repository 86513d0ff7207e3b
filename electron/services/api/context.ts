// What the API handlers need from their host process (desktop main, preview host or tests).

import type { AppInfo } from '../../../shared/api';

export type ApiContext = {
  appInfo: AppInfo;
  /** The folder holding fonts, icons and example SOPs. */
  resourcesDir: string;
};
