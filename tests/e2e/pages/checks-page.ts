// Page model of the checks panel (Periksa).

import type { Locator, Page } from '@playwright/test';

export class ChecksPage {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('checks-panel');
  }

  finding(rule: string): Locator {
    return this.panel.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  }

  get totalTime(): Locator {
    return this.panel.getByTestId('total-time');
  }
}
