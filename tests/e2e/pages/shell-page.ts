// Page model of the app shell.

import type { Page } from '@playwright/test';

export class ShellPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  get title() {
    return this.page.getByTestId('app-title');
  }

  get sampleName() {
    return this.page.getByTestId('sample-name');
  }
}
