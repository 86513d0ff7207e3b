// Page model of the live preview (Pratinjau).

import type { Locator, Page } from '@playwright/test';

export class PreviewPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('preview').first();
  }

  get pages(): Locator {
    return this.root.getByTestId('preview-page');
  }

  async paper(value: 'A4' | 'F4' | 'Legal'): Promise<void> {
    await this.root.getByTestId('preview-paper').selectOption(value);
  }

  /** All text drawn on the preview pages. */
  async text(): Promise<string> {
    return this.pages.evaluateAll((pages) => pages.map((p) => p.textContent ?? '').join('\n'));
  }
}
