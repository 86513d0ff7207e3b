// Page model of the identity form (Identitas): fields by label, the date picker, list editors.

import type { Locator, Page } from '@playwright/test';

export class IdentityPage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('identity-form');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The element of an identity field by its key (government, approvedBy.nip, legalBasis …). */
  byKey(key: string): Locator {
    return this.form.locator(`[data-field="${key}"]`);
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).blur();
  }

  /** Picks a date with the date picker next to a date field. */
  async pickDate(label: string, isoDate: string): Promise<void> {
    await this.form.getByLabel(`Pilih tanggal: ${label}`).fill(isoDate);
  }

  async scrollToTop(): Promise<void> {
    await this.form.evaluate((form) => form.parentElement?.scrollTo(0, 0));
  }

  list(key: string): Locator {
    return this.page.getByTestId(`list-${key}`);
  }

  async listItems(key: string): Promise<string[]> {
    return this.list(key)
      .locator('textarea')
      .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  }

  /** Adds an item to a list and pastes text into it (a numbered list splits into items). */
  async pasteIntoList(key: string, text: string): Promise<void> {
    await this.list(key).getByRole('button', { name: '+ Tambah butir' }).click();
    const area = this.list(key).locator('textarea').last();
    await area.focus();
    await area.evaluate((element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}
