// Page model of the organisation server in the app: Pengaturan → Server organisasi and the
// register view with its review and decree dialogs.

import type { Locator, Page } from '@playwright/test';

export class ServerSettingsPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('settings-server');
  }

  get outcome(): Locator {
    return this.section.getByTestId('server-outcome');
  }

  async open(): Promise<void> {
    await this.page.locator('header').getByRole('button', { name: 'Pengaturan' }).click();
    await this.section.waitFor();
  }

  /** Fills the address and the password and presses Uji koneksi. */
  async connect(url: string, password = ''): Promise<void> {
    await this.section.getByLabel('Alamat server').fill(url);
    await this.section.getByLabel('Kata sandi login').fill(password);
    await this.section.getByTestId('server-test').click();
    await this.outcome.waitFor();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('settings-dialog').getByRole('button', { name: 'Tutup' }).click();
  }
}

export class RegisterPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('register');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-register').click();
    await this.view.waitFor();
  }

  row(name: string): Locator {
    return this.view.getByTestId('register-row').filter({ hasText: name });
  }

  get rows(): Locator {
    return this.view.getByTestId('register-row');
  }

  async search(text: string): Promise<void> {
    await this.view.getByTestId('register-search').fill(text);
  }

  get reviewDialog(): Locator {
    return this.page.getByTestId('review-dialog');
  }

  get decreeDialog(): Locator {
    return this.page.getByTestId('decree-dialog');
  }
}
