// Page model of the new-SOP dialog (SOP baru): the profile's roles ticked and ordered as the new
// SOP's executor columns, another role typed, then Buat SOP.

import type { Locator, Page } from '@playwright/test';

export class NewSopPage {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('new-sop-dialog');
  }

  get rows(): Locator {
    return this.dialog.getByTestId('new-sop-role');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async tick(...names: string[]): Promise<void> {
    for (const name of names) await this.row(name).getByRole('checkbox').check();
  }

  async move(name: string, direction: 'kiri' | 'kanan'): Promise<void> {
    await this.dialog.getByRole('button', { name: `Geser ${name} ke ${direction}` }).click();
  }

  async addOther(name: string): Promise<void> {
    await this.dialog.getByTestId('new-sop-other').fill(name);
    await this.dialog.getByTestId('new-sop-other').press('Enter');
  }

  /** The chosen roles as the dialog numbers them (Kolom 1, Kolom 2 …). */
  async columns(): Promise<string[]> {
    return this.rows
      .filter({ has: this.page.getByRole('checkbox', { checked: true }) })
      .locator('.app-role-name')
      .allTextContents();
  }

  get createButton(): Locator {
    return this.dialog.getByTestId('new-sop-create');
  }

  async create(): Promise<void> {
    await this.createButton.click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
