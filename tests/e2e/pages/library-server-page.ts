// Page model of the library's organisation server parts: the strip with Kirim ke Biro, Tarik
// pembaruan and Register organisasi, the Server column, and the result dialogs.

import type { Locator, Page } from '@playwright/test';

export class LibraryServerPage {
  constructor(readonly page: Page) {}

  get strip(): Locator {
    return this.page.getByTestId('library-server');
  }

  row(name: string): Locator {
    return this.page.getByTestId('sop-row').filter({ hasText: name });
  }

  /** The Server column of an SOP's row. */
  status(name: string): Locator {
    return this.row(name).getByTestId('sop-server-status');
  }

  async publishListed(): Promise<void> {
    await this.strip.getByTestId('publish-to-server').click();
  }

  /** Kirim of one SOP's row. */
  async publishOne(name: string): Promise<void> {
    await this.row(name).getByTestId('sop-send').click();
  }

  async pull(): Promise<void> {
    await this.strip.getByTestId('pull-from-server').click();
  }

  get publishResult(): Locator {
    return this.page.getByTestId('publish-result');
  }

  get pullResult(): Locator {
    return this.page.getByTestId('pull-result');
  }

  publishOutcome(name: string): Locator {
    return this.publishResult.getByTestId('publish-outcome').filter({ hasText: name });
  }

  async closeResult(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).last().click();
  }

  /** The open SOP's status in the editor's header; pressed, its details. */
  get editorButton(): Locator {
    return this.page.getByTestId('editor-server-button');
  }

  get editorStatus(): Locator {
    return this.page.getByTestId('server-status-dialog').getByTestId('editor-server-status');
  }
}
