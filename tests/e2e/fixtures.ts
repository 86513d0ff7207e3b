// Playwright fixtures: every test gets its own preview host with a fresh data folder.

import { test as base } from '@playwright/test';
import { launchHost } from '../support/host-process';
import type { HostProcess } from '../support/host-process';

export const test = base.extend<{ host: HostProcess }>({
  // Playwright requires an object pattern for fixtures that use no other fixture.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await launchHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
