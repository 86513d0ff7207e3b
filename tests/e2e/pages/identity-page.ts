// Page model of the identity form (Identitas): fields by label, the date picker, list editors.

import type { Locator, Page } from '@playwright/test';
import { formatCalendarDate } from '../../../shared/rules';

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

  /** The calendar button next to a date field. */
  calendarButton(label: string): Locator {
    return this.form.getByRole('button', { name: `Pilih tanggal: ${label}` });
  }

  /** The open calendar of a date field. */
  get calendar(): Locator {
    return this.page.getByTestId('calendar');
  }

  /** Picks a date with the calendar next to a date field: month, year, then the day. */
  async pickDate(label: string, isoDate: string): Promise<void> {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    await this.calendarButton(label).click();
    await this.calendar.getByLabel('Bulan', { exact: true }).selectOption(String(month));
    await this.calendar.getByLabel('Tahun', { exact: true }).fill(String(year));
    const name = formatCalendarDate({ year, month, day });
    await this.calendar.getByRole('button', { name, exact: true }).click();
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
