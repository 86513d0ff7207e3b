// Page model of the print choice (Cetak, Ekspor PDF/Excel, Buku SOP after an approved SOP was
// edited): the approved revision or the draft marked DRAF; and the approval badges it follows.

import type { Download, Locator, Page } from '@playwright/test';

export type PrintVersion = 'approved' | 'draft';

export class PrintChoicePage {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('print-choice');
  }

  option(version: PrintVersion): Locator {
    return this.dialog.getByTestId(`print-choice-${version}`);
  }

  /** Chooses a version and runs the command (Cetak, Ekspor …). */
  async choose(version: PrintVersion): Promise<void> {
    await this.option(version).getByRole('radio').check();
    await this.dialog.getByTestId('print-choice-submit').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Batal' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Runs `start` (a command that asks), chooses a version and saves the download to `file`. */
  async download(start: () => Promise<void>, version: PrintVersion, file: string): Promise<string> {
    const download: Promise<Download> = this.page.waitForEvent('download');
    await start();
    await this.choose(version);
    await (await download).saveAs(file);
    return file;
  }

  /** The approval badge of the open SOP in the header. */
  get headerStatus(): Locator {
    return this.page.getByTestId('approval-status');
  }

  /** The approval badge of an SOP's row in the library. */
  rowStatus(row: Locator): Locator {
    return row.getByTestId('sop-status');
  }
}
