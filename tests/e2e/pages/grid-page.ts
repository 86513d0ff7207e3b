// Page model of the flowchart grid, opened alone on the example SOP (`?view=grid`).

import type { Locator, Page } from '@playwright/test';

export class GridPage {
  constructor(private readonly page: Page) {}

  async open(hostUrl: string): Promise<void> {
    await this.page.goto(hostUrl.replace('/#', '/?view=grid#'));
    await this.grid.locator('.ag-row').first().waitFor();
  }

  get grid(): Locator {
    return this.page.getByTestId('flowchart-grid');
  }

  /** Steps in the table (AG Grid reports all rows, rendered or not, in aria-rowcount). */
  async stepCount(): Promise<number> {
    const total = await this.grid.locator('[role="grid"]').getAttribute('aria-rowcount');
    const headerRows = await this.grid.locator('.ag-header [role="row"]').count();
    return Number(total) - headerRows;
  }

  /** The cell of step `n` (1-based, as numbered) in column `colId` (activity, exec:e2, time …). */
  cell(n: number, colId: string): Locator {
    // A row being animated out may linger next to its replacement: take the row shown last.
    return this.grid.locator(`.ag-row[row-index="${n - 1}"] [col-id="${colId}"]`).last();
  }

  async text(n: number, colId = 'activity'): Promise<string> {
    return (await this.cell(n, colId).innerText()).trim();
  }

  /** The symbol shown in step `n`'s cell of an executor: terminator, process, decision or ''. */
  async symbol(n: number, executorId: string): Promise<string> {
    return (
      (await this.cell(n, `exec:${executorId}`)
        .locator('[data-symbol]')
        .first()
        .getAttribute('data-symbol')) ?? ''
    );
  }

  async focus(n: number, colId: string): Promise<void> {
    await this.cell(n, colId).click();
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Pastes text the way the browser delivers Ctrl+V: a paste event at the focused cell. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    }, text);
  }

  /** What Ctrl+C puts on the clipboard from the focused cell or range. */
  async copy(): Promise<string> {
    return this.page.evaluate(() => {
      const transfer = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true }));
      return transfer.getData('text/plain');
    });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async undo(): Promise<void> {
    await this.button('Urungkan').click();
  }

  async redo(): Promise<void> {
    await this.button('Ulangi').click();
  }

  /** Executor names in the order the columns are shown. */
  async executorNames(): Promise<string[]> {
    return this.grid.evaluate((grid) =>
      [...grid.querySelectorAll<HTMLElement>('.ag-header-cell[col-id^="exec:"]')]
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((cell) => cell.querySelector('.sop-exec-name')?.textContent?.trim() ?? ''),
    );
  }

  executorHeader(executorId: string): Locator {
    return this.grid.locator(`.ag-header-cell[col-id="exec:${executorId}"]`);
  }

  get removeDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get decisionEditor(): Locator {
    return this.page.getByTestId('decision-editor');
  }

  get range(): Locator {
    return this.grid.getByTestId('grid-range');
  }

  /** Keys of the arrows drawn over the grid (`<stepId>:next|yes|no`). */
  async edgeKeys(): Promise<string[]> {
    return this.grid
      .getByTestId('flow-edge')
      .evaluateAll((edges) => edges.map((e) => e.getAttribute('data-edge') ?? ''));
  }
}
