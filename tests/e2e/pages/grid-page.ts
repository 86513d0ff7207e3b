// Page model of the flowchart grid, opened alone on the example SOP (`?view=grid`).

import { expect, type Locator, type Page } from '@playwright/test';

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

  /** Whether step `n`'s text in `colId` shows fully: the row is tall enough for every line. */
  async textFits(n: number, colId: string): Promise<boolean> {
    return this.cell(n, colId).evaluate((cell) => {
      const value = cell.querySelector('.ag-cell-value') ?? cell;
      return value.scrollHeight <= cell.clientHeight + 1 && value.scrollHeight > 0;
    });
  }

  /** Height in pixels of step `n`'s row. */
  async rowHeight(n: number): Promise<number> {
    const box = await this.cell(n, 'number').boundingBox();
    return box?.height ?? 0;
  }

  /** Scrolls the table to its last rows (rows out of view are not drawn). */
  async scrollToEnd(): Promise<void> {
    await this.grid
      .locator('.ag-grid-viewport')
      .first()
      .evaluate((viewport) => {
        viewport.scrollTop = viewport.scrollHeight;
      });
  }

  /** The focused cell: its step number (1-based) and column id, or null. */
  async focusedCell(): Promise<{ row: number; column: string } | null> {
    return this.grid.evaluate((grid) => {
      const cell = grid.querySelector('.ag-row .ag-cell-focus');
      const row = cell?.closest('[row-index]')?.getAttribute('row-index');
      if (!cell || row == null) return null;
      return { row: Number(row) + 1, column: cell.getAttribute('col-id') ?? '' };
    });
  }

  /**
   * Clicks the cell and waits until the grid has focused it; a click that landed while the grid
   * was still scrolling the row into view is made again, so keys typed next reach this cell.
   */
  async focus(n: number, colId: string): Promise<void> {
    const cell = this.cell(n, colId);
    const hasFocus = () => cell.evaluate((el) => el.contains(document.activeElement));
    await expect(async () => {
      if (!(await hasFocus())) await cell.click();
      expect(await hasFocus()).toBe(true);
    }).toPass({ timeout: 10_000 });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /**
   * Delivers every key of `keys` to the focused cell in one go, before the page can render
   * anything: the cell editor cannot show up between them (the fastest typist possible).
   */
  async typeAtOnce(keys: string[]): Promise<void> {
    await this.page.evaluate((all) => {
      for (const key of all) {
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      }
    }, keys);
  }

  /**
   * Presses Tab in the open editor, then delivers `keys` to the cell that editor belonged to, in
   * the same moment: the browser's focus has not yet followed the grid to the next cell.
   */
  async tabThenTypeOnPrevious(n: number, colId: string, keys: string[]): Promise<void> {
    await this.cell(n, colId).evaluate((previous, all) => {
      const fire = (target: Element, key: string) => {
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      };
      fire(document.activeElement ?? document.body, 'Tab');
      for (const key of all) fire(previous, key);
    }, keys);
  }

  /** Types text as fast as the keyboard delivers it (no delay between keys). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
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

  /**
   * Pastes a table the way Word or Excel put it on the clipboard: the HTML of the table and its
   * plain text, in one paste event at the focused cell.
   */
  async pasteTable(html: string, text: string): Promise<void> {
    await this.page.evaluate(
      ([markup, plain]) => {
        const transfer = new DataTransfer();
        transfer.setData('text/html', markup);
        transfer.setData('text/plain', plain);
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }),
        );
      },
      [html, text] as const,
    );
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

  /** Step ids in table order, as far as the grid has rendered them. */
  async stepIds(): Promise<string[]> {
    return this.grid.evaluate((grid) =>
      [...grid.querySelectorAll<HTMLElement>('.ag-grid-scrolling-container .ag-row')]
        .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
        .map((row) => row.getAttribute('row-id') ?? ''),
    );
  }

  /** Drags step `from` by its handle onto the row of step `to` (managed row dragging). */
  async dragRow(from: number, to: number): Promise<void> {
    const handle = await this.cell(from, 'number').locator('.ag-row-drag').boundingBox();
    const target = await this.cell(to, 'activity').boundingBox();
    if (!handle || !target) throw new Error('row not rendered');
    await this.dragBetween(
      { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
      { x: handle.x + handle.width / 2, y: target.y + target.height / 2 },
    );
  }

  /** Drags an executor's header over another executor's column. */
  async dragHeader(executorId: string, overExecutorId: string): Promise<void> {
    const from = await this.executorHeader(executorId).locator('.sop-exec-name').boundingBox();
    const over = await this.executorHeader(overExecutorId).boundingBox();
    if (!from || !over) throw new Error('header not rendered');
    const y = from.y + from.height / 2;
    await this.dragBetween(
      { x: from.x + from.width / 2, y },
      { x: over.x + over.width * (over.x > from.x ? 0.8 : 0.2), y },
    );
  }

  /** Drags a column group header (Pelaksana, Mutu Baku) sideways by `dx` pixels. */
  async dragGroup(name: string, dx: number): Promise<void> {
    const group = await this.grid
      .locator('.ag-header-group-cell', { hasText: name })
      .first()
      .boundingBox();
    if (!group) throw new Error('group header not rendered');
    const from = { x: group.x + group.width / 2, y: group.y + group.height / 2 };
    await this.dragBetween(from, { x: from.x + dx, y: from.y });
  }

  /** Column ids of the table in the order shown. */
  async columnOrder(): Promise<string[]> {
    return this.grid.evaluate((grid) =>
      [...grid.querySelectorAll<HTMLElement>('.ag-header-row-column .ag-header-cell')]
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((cell) => cell.getAttribute('col-id') ?? ''),
    );
  }

  private async dragBetween(
    from: { x: number; y: number },
    to: { x: number; y: number },
  ): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i += 1) {
      await mouse.move(
        from.x + ((to.x - from.x) * i) / steps,
        from.y + ((to.y - from.y) * i) / steps,
      );
    }
    await mouse.up();
  }

  /** Opens the row menu with a right click on a cell and picks an item. */
  async menu(n: number, colId: string, item: string): Promise<void> {
    await this.cell(n, colId).click({ button: 'right' });
    await this.page.getByTestId('row-menu').getByRole('menuitem', { name: item }).click();
  }

  /** The grid's toolbar (one line, Lainnya for what does not fit, Tambah pelaksana at the end). */
  get toolbar(): Locator {
    return this.page.getByTestId('grid-toolbar');
  }

  /** Rows of the table shown whole: below the header, above the scroll bar and the window's end. */
  async rowsFullyVisible(): Promise<number> {
    return this.grid.evaluate((grid) => {
      const box = (selector: string) => grid.querySelector(selector)?.getBoundingClientRect();
      const header = box('.ag-header');
      const area = box('.ag-grid-viewport, .ag-body-viewport');
      if (!header || !area) return 0;
      const scrollBar = box('.ag-body-horizontal-scroll');
      const barTop = scrollBar && scrollBar.height > 0 ? scrollBar.top : Infinity;
      const bottom = Math.min(area.bottom, barTop, window.innerHeight);
      return [...grid.querySelectorAll('.ag-grid-scrolling-container .ag-row')]
        .map((row) => row.getBoundingClientRect())
        .filter(
          (row) => row.height > 0 && row.top >= header.bottom - 0.5 && row.bottom <= bottom + 0.5,
        ).length;
    });
  }

  /** The width in pixels of a column (its header cell). */
  async columnWidth(colId: string): Promise<number> {
    const box = await this.grid.locator(`.ag-header-cell[col-id="${colId}"]`).boundingBox();
    return box?.width ?? 0;
  }

  /** Drags the right edge of a column's header by `dx` pixels (resizing the column). */
  async resizeColumn(colId: string, dx: number): Promise<void> {
    const handle = await this.grid
      .locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-resize`)
      .boundingBox();
    if (!handle) throw new Error('resize handle not rendered');
    await this.dragBetween(
      { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
      { x: handle.x + handle.width / 2 + dx, y: handle.y + handle.height / 2 },
    );
  }

  get emptyState(): Locator {
    return this.page.getByTestId('grid-empty');
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

  /** The menu button of an executor's header. */
  executorMenuButton(executorId: string): Locator {
    return this.page.getByTestId(`executor-menu-${executorId}`);
  }

  /** Opens an executor's header menu and picks an item (Ganti nama, Geser ke kiri, …, Hapus). */
  async executorMenu(executorId: string, item: string): Promise<void> {
    await this.executorMenuButton(executorId).click();
    await this.page
      .getByTestId('executor-menu')
      .getByRole('menuitem', { name: item, exact: true })
      .click();
  }

  /** Adds executor columns with the toolbar's Tambah pelaksana form, one name after the other. */
  async addExecutors(names: readonly string[]): Promise<void> {
    await this.page.getByTestId('add-executor').click();
    const form = this.page.getByRole('form', { name: 'Tambah pelaksana' });
    for (const name of names) {
      await form.getByLabel('Nama pelaksana', { exact: true }).fill(name);
      await form.getByRole('button', { name: 'Tambah', exact: true }).click();
    }
    await form.press('Escape');
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
