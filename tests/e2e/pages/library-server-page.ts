// Page model of the library's organisation server parts: the strip with Kirim semua (and its
// confirmation), Tarik pembaruan and Register organisasi, the Di Biro column with its details,
// and the result dialogs.

import type { Locator, Page } from '@playwright/test';

export class LibraryServerPage {
  constructor(readonly page: Page) {}

  get strip(): Locator {
    return this.page.getByTestId('library-server');
  }

  row(name: string): Locator {
    return this.page.getByTestId('sop-row').filter({ hasText: name });
  }

  /** The Di Biro column of an SOP's row. */
  status(name: string): Locator {
    return this.row(name).getByTestId('sop-server-status');
  }

  /** The strip's Kirim semua (n)…. */
  get sendAll(): Locator {
    return this.strip.getByTestId('publish-to-server');
  }

  get confirmation(): Locator {
    return this.page.getByTestId('send-confirm');
  }

  /** Kirim semua, confirmed. */
  async publishListed(): Promise<void> {
    await this.sendAll.click();
    await this.confirmation.getByTestId('send-confirm-send').click();
  }

  /** A row's Kirim (only there when the SOP has something to send). */
  sendLink(name: string): Locator {
    return this.row(name).getByTestId('sop-send');
  }

  async publishOne(name: string): Promise<void> {
    await this.sendLink(name).click();
  }

  /** Presses the status of an SOP's row: its details dialog. */
  async openDetails(name: string): Promise<Locator> {
    await this.row(name).getByTestId('sop-server-details').click();
    return this.page.getByTestId('sop-server-dialog');
  }

  /** An SOP in the pull's result, with its status, the bureau's note and Buka. */
  pulledSop(name: string): Locator {
    return this.pullResult.getByTestId('pull-sop').filter({ hasText: name });
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
