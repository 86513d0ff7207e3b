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

  /** Kertas SOP on the preview's bar: the document's own paper setting. */
  get paperSelect(): Locator {
    return this.root.getByTestId('preview-paper');
  }

  async paper(value: 'A4' | 'F4' | 'Legal'): Promise<void> {
    await this.paperSelect.selectOption(value);
  }

  /** All text drawn on the preview pages. */
  async text(): Promise<string> {
    return this.pages.evaluateAll((pages) => pages.map((p) => p.textContent ?? '').join('\n'));
  }
}
