// Page model of the app's date input (renderer/src/ui/form/DateInput.tsx) wherever it sits: the
// text, its calendar button and the open calendar.

import type { Locator, Page } from '@playwright/test';
import { formatCalendarDate } from '../../../shared/rules';

export class DateInputPage {
  /** The date input labelled `label` inside `scope` (a dialog, a form). */
  constructor(
    private readonly page: Page,
    private readonly scope: Locator,
    private readonly label: string,
  ) {}

  get input(): Locator {
    return this.scope.getByLabel(this.label, { exact: true });
  }

  get calendarButton(): Locator {
    return this.scope.getByRole('button', { name: `Pilih tanggal: ${this.label}` });
  }

  get calendar(): Locator {
    return this.page.getByTestId('calendar');
  }

  /** Types the date and leaves the input, as a clerk does. */
  async type(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.blur();
  }

  /** Picks a day with the calendar: month, year, then the day. */
  async pick(isoDate: string): Promise<void> {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    await this.calendarButton.click();
    await this.calendar.getByLabel('Bulan', { exact: true }).selectOption(String(month));
    await this.calendar.getByLabel('Tahun', { exact: true }).fill(String(year));
    const name = formatCalendarDate({ year, month, day });
    await this.calendar.getByRole('button', { name, exact: true }).click();
  }
}
