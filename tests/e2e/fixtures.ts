// Playwright fixtures: every test gets its own preview host with a fresh data folder.

import { test as base } from '@playwright/test';
import { launchHost } from '../support/host-process';
import type { HostProcess } from '../support/host-process';

export const test = base.extend<{ host: HostProcess }>({
  host: async ({}, use) => {
    const host = await launchHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
