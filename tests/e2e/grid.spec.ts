import { expect, test } from './fixtures';
import { GridPage } from './pages/grid-page';

test.describe('flowchart grid', () => {
  let grid: GridPage;

  test.beforeEach(async ({ page, host }) => {
    grid = new GridPage(page);
    await grid.open(host.url);
    await expect.poll(() => grid.stepCount()).toBe(15);
  });

  test('pasting 5 tab-separated rows on a filled step inserts 5 steps there', async () => {
    const last = await grid.text(15);
    await grid.focus(15, 'number');
    const rows = [
      '1\tMenerima surat\tSurat masuk\t5 menit\tAgenda\t',
      '2\tMencatat surat\tAgenda\t5 menit\tBuku agenda\t',
      '3\t"Memeriksa:\na. isi\nb. lampiran"\tBuku agenda\t10 menit\tCatatan\t',
      '4\tMendisposisi\tCatatan\t15 menit\tDisposisi\t',
      '5\tMengarsipkan\tDisposisi\t5 menit\tArsip\tselesai',
    ];
    await grid.paste(rows.join('\r\n') + '\r\n');
    await expect.poll(() => grid.stepCount()).toBe(20);
    await grid.cell(20, 'activity').scrollIntoViewIfNeeded();
    expect(await grid.text(15)).toBe('Menerima surat');
    expect(await grid.text(17)).toBe('Memeriksa:\na. isi\nb. lampiran');
    expect(await grid.text(19, 'notes')).toBe('selesai');
    expect(await grid.text(18, 'time')).toBe('15 menit');
    // The step that was there moved down, untouched.
    expect(await grid.text(20)).toBe(last);
    await grid.undo();
    await expect.poll(() => grid.stepCount()).toBe(15);
  });

  test('undo and redo an inserted step', async () => {
    const third = await grid.text(3);
    await grid.focus(2, 'activity');
    await grid.button('Sisipkan langkah di bawah').click();
    await expect.poll(() => grid.stepCount()).toBe(16);
    expect(await grid.text(3)).toBe('');
    await grid.undo();
    await expect.poll(() => grid.stepCount()).toBe(15);
    await expect.poll(() => grid.text(3)).toBe(third);
    await grid.redo();
    await expect.poll(() => grid.stepCount()).toBe(16);
  });

  test('undo and redo a moved step with the keyboard', async () => {
    const second = await grid.text(2);
    const third = await grid.text(3);
    await grid.focus(2, 'activity');
    await grid.press('Alt+ArrowDown');
    await expect.poll(() => grid.text(3)).toBe(second);
    expect(await grid.text(2)).toBe(third);
    await grid.press('Control+z');
    await expect.poll(() => grid.text(2)).toBe(second);
    await grid.press('Control+y');
    await expect.poll(() => grid.text(3)).toBe(second);
  });

  test('undo and redo a symbol change', async () => {
    await grid.focus(2, 'exec:e2');
    expect(await grid.symbol(2, 'e2')).toBe('process');
    await grid.press('2');
    await expect.poll(() => grid.symbol(2, 'e2')).toBe('decision');
    // A new decision opens the editor of its exits; Escape leaves them for later.
    await expect(grid.decisionEditor).toBeVisible();
    await grid.press('Escape');
    await expect(grid.decisionEditor).toBeHidden();
    await grid.press('Control+z');
    await expect.poll(() => grid.symbol(2, 'e2')).toBe('process');
    await grid.press('Control+Shift+Z');
    await expect.poll(() => grid.symbol(2, 'e2')).toBe('decision');
  });

  test('removing a used executor asks, reassigns its steps, and undo brings it back', async () => {
    await grid.executorMenu('e2', 'Hapus');
    await expect(grid.removeDialog).toContainText('langkah memakai pelaksana ini');
    await grid.removeDialog.getByRole('combobox').selectOption({ label: 'Pelaksana' });
    await grid.removeDialog.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => grid.executorNames()).not.toContain('Kasi');
    expect(await grid.symbol(2, 'e1')).toBe('process');
    await grid.undo();
    await expect.poll(() => grid.executorNames()).toContain('Kasi');
    expect(await grid.symbol(2, 'e2')).toBe('process');
    expect(await grid.symbol(2, 'e1')).toBe('');
    await grid.redo();
    await expect.poll(() => grid.executorNames()).not.toContain('Kasi');
  });

  test('executors reorder with the header menu, and undo restores the order', async () => {
    await expect
      .poll(() => grid.executorNames())
      .toEqual(['Pelaksana', 'Kasi', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas', 'Bupati']);
    await grid.executorMenu('e1', 'Geser ke kanan');
    await expect
      .poll(() => grid.executorNames())
      .toEqual(['Kasi', 'Pelaksana', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas', 'Bupati']);
    await grid.executorMenu('e6', 'Geser ke kiri');
    await expect.poll(async () => (await grid.executorNames())[4]).toBe('Bupati');
    // The symbols stay with their executors.
    expect(await grid.symbol(14, 'e6')).toBe('process');
    await grid.undo();
    await grid.undo();
    await expect
      .poll(() => grid.executorNames())
      .toEqual(['Pelaksana', 'Kasi', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas', 'Bupati']);
  });

  test('adding and renaming an executor', async () => {
    await grid.addExecutors(['Kepala Seksi']);
    await expect.poll(async () => (await grid.executorNames()).at(-1)).toBe('Kepala Seksi');
    await grid.grid.locator('.sop-exec-name', { hasText: 'Kepala Seksi' }).dblclick();
    const input = grid.grid.page().getByLabel('Ganti nama pelaksana Kepala Seksi');
    await input.fill('Kasubbag');
    await input.press('Enter');
    await expect.poll(async () => (await grid.executorNames()).at(-1)).toBe('Kasubbag');
  });

  test('symbols are placed by clicking a cell (moved, or joined with Ctrl) and changed or cleared with keys', async () => {
    // A click in another executor's cell moves the step there: one performer.
    await grid.cell(2, 'exec:e1').click();
    await expect.poll(() => grid.symbol(2, 'e1')).toBe('process');
    expect(await grid.symbol(2, 'e2')).toBe('');
    await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(0);
    // Ctrl+click asks for a joint activity: both cells, joined by a line at once.
    await grid.cell(2, 'exec:e3').click({ modifiers: ['Control'] });
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('process');
    expect(await grid.symbol(2, 'e1')).toBe('process');
    await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(1);
    await grid.press('t');
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('terminator');
    expect(await grid.symbol(2, 'e1')).toBe('terminator');
    await grid.press('K');
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('decision');
    await expect(grid.decisionEditor).toBeVisible();
    await grid.press('Escape');
    await expect(grid.decisionEditor).toBeHidden();
    await grid.press('1');
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('process');
    await grid.press('3');
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('terminator');
    await grid.press('Delete');
    await expect.poll(() => grid.symbol(2, 'e3')).toBe('');
    expect(await grid.symbol(2, 'e1')).toBe('terminator');
    await grid.focus(2, 'exec:e1');
    await grid.press('Backspace');
    await expect.poll(() => grid.symbol(2, 'e1')).toBe('');
    await grid.cell(2, 'exec:e4').click();
    await expect.poll(() => grid.symbol(2, 'e4')).toBe('terminator');
  });

  test('the decision editor sets the Tidak target and labels, and the arrow follows', async () => {
    await expect.poll(() => grid.edgeKeys()).toContain('s7:no');
    await grid.cell(6, 'exec:e5').click();
    await expect(grid.decisionEditor).toBeVisible();
    await grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke').selectOption('s2');
    await grid.decisionEditor.getByLabel('Label Ya').fill('Setuju');
    await grid.decisionEditor.getByRole('button', { name: 'Selesai' }).click();
    await expect(grid.decisionEditor).toBeHidden();
    await expect(grid.grid.locator('.sop-flow-label', { hasText: 'Setuju' })).toBeVisible();
    await grid.cell(6, 'exec:e5').click();
    await expect(grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s2');
    // A press outside closes it.
    await grid.cell(1, 'activity').click();
    await expect(grid.decisionEditor).toBeHidden();
  });

  test('typing edits a cell like Excel; F2 edits in place; Alt+Enter makes a new line; Enter commits', async ({
    page,
  }) => {
    await grid.focus(1, 'time');
    await page.keyboard.type('20 menit');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.text(1, 'time')).toBe('20 menit');
    await grid.focus(2, 'notes');
    await page.keyboard.press('F2');
    await page.keyboard.type('Catatan:');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('a. satu');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('b. dua');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.text(2, 'notes')).toBe('Catatan:\na. satu\nb. dua');
    await grid.undo();
    await expect.poll(() => grid.text(2, 'notes')).toBe('');
    await grid.undo();
    await expect.poll(() => grid.text(1, 'time')).toBe('15 menit');
  });

  test('fast typing keeps every key, also right after Enter moved to the next cell', async () => {
    // The end of the previous edit reaches the grid's callbacks late: it must not eat the keys
    // typed into the next cell meanwhile ("Mencatat" became "Mncatat").
    const words = ['Mencatat', 'Memeriksa', 'Menyusun', 'Mengarsipkan', 'Mengirim', 'Menerima'];
    await grid.focus(3, 'activity');
    for (const word of words) {
      await grid.type(word);
      await grid.press('Enter');
    }
    for (const [i, word] of words.entries()) {
      await expect.poll(() => grid.text(3 + i)).toBe(word);
    }
    // Tab commits the whole text too, and the next cell takes typing at once.
    await grid.focus(10, 'output');
    await grid.type('Surat masuk tercatat');
    await grid.press('Tab');
    await grid.type('Selesai');
    await grid.press('Enter');
    await expect.poll(() => grid.text(10, 'output')).toBe('Surat masuk tercatat');
    await expect.poll(() => grid.text(10, 'notes')).toBe('Selesai');
  });

  test('keys and Enter, Tab or Escape typed before the editor shows act once it does', async ({
    page,
  }) => {
    await grid.focus(5, 'activity');
    await grid.typeAtOnce([...'Mencatat', 'Enter']);
    await expect.poll(() => grid.text(5)).toBe('Mencatat');
    // Enter moved down like a normal edit: the next keys edit step 6.
    await expect.poll(() => grid.focusedCell()).toEqual({ row: 6, column: 'activity' });
    await grid.typeAtOnce([...'Memeriksa', 'Tab']);
    await expect.poll(() => grid.text(6)).toBe('Memeriksa');
    // Tab went on to the next text column (Kelengkapan) with its editor open.
    await expect(page.getByTestId('cell-editor')).toBeVisible();
    await grid.press('Escape');
    await expect(page.getByTestId('cell-editor')).toHaveCount(0);
    // Escape cancels: the cell keeps its text.
    const time = await grid.text(7, 'time');
    await grid.focus(7, 'time');
    await grid.typeAtOnce([...'9 menit', 'Escape']);
    await expect(page.getByTestId('cell-editor')).toHaveCount(0);
    expect(await grid.text(7, 'time')).toBe(time);
  });

  test('keys that reach the previous cell while Tab moves the edit on go to the next cell', async ({
    page,
  }) => {
    // Tab scrolls the table sideways and the focus follows a moment later: a key typed in that
    // moment still lands on the cell just left, yet it is the first letter of the next one.
    const output = await grid.text(8, 'output');
    await grid.focus(8, 'time');
    await grid.type('12 menit');
    await expect(page.getByTestId('cell-editor')).toBeVisible();
    await grid.tabThenTypeOnPrevious(8, 'time', [...'Kon']);
    await grid.type('sep disetujui');
    await grid.press('Enter');
    // Tab opens the next cell's editor on its text, so the typing continues that text.
    await expect.poll(() => grid.text(8, 'output')).toBe(`${output}Konsep disetujui`);
    expect(await grid.text(8, 'time')).toBe('12 menit');
  });

  test('rows grow with long text and new lines, and shrink back on undo', async ({ page }) => {
    const before = await grid.rowHeight(2);
    await grid.focus(2, 'notes');
    await grid.press('F2');
    await page.getByTestId('cell-editor').waitFor();
    await grid.type('Catatan:');
    for (const item of ['a. satu', 'b. dua', 'c. tiga', 'd. empat', 'e. lima']) {
      await grid.press('Alt+Enter');
      await grid.type(item);
    }
    await grid.press('Enter');
    await expect.poll(() => grid.text(2, 'notes')).toContain('e. lima');
    await expect.poll(() => grid.textFits(2, 'notes')).toBe(true);
    expect(await grid.rowHeight(2)).toBeGreaterThan(before);
    // A long unbroken text (a file name) wraps inside the cell and still shows fully.
    await grid.focus(3, 'output');
    await grid.paste(
      'Berkas_permohonan_informasi_publik_yang_sudah_diperiksa_lengkap_dan_benar.pdf ' +
        'dengan lampiran surat pengantar dari kepala desa '.repeat(4),
    );
    await expect.poll(() => grid.textFits(3, 'output')).toBe(true);
    expect(await grid.textFits(3, 'activity')).toBe(true);
    // A narrower window wraps the text into more lines: the rows follow.
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(() => grid.textFits(3, 'output')).toBe(true);
    await expect.poll(() => grid.textFits(2, 'activity')).toBe(true);
    await grid.undo();
    await grid.undo();
    await expect.poll(() => grid.rowHeight(2)).toBe(before);
  });

  test('shift+click selects a range that copies as TSV and pastes into other cells', async ({
    page,
  }) => {
    await grid.focus(1, 'time');
    await grid.cell(2, 'output').click({ modifiers: ['Shift'] });
    await expect(grid.range).toHaveAttribute('data-rows', '1-2');
    expect(await grid.copy()).toBe(
      '15 menit\tKerangka Acuan Kerja\r\n10 menit\tKerangka Acuan Kerja',
    );
    await grid.focus(3, 'notes');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(grid.range).toHaveAttribute('data-rows', '3-4');
    await grid.focus(4, 'time');
    await grid.paste('1 jam\tHasil\r\n2 jam\tHasil dua');
    await expect.poll(() => grid.text(4, 'time')).toBe('1 jam');
    expect(await grid.text(5, 'output')).toBe('Hasil dua');
    // Delete empties the range (text and symbols) in one undoable edit.
    await grid.cell(5, 'output').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await expect.poll(() => grid.text(4, 'time')).toBe('');
    expect(await grid.text(5, 'output')).toBe('');
    await grid.undo();
    await expect.poll(() => grid.text(5, 'output')).toBe('Hasil dua');
  });

  test('dragging a row moves the step; undo puts it back', async () => {
    await grid.dragRow(1, 4);
    await expect
      .poll(async () => (await grid.stepIds()).slice(0, 5))
      .toEqual(['s2', 's3', 's4', 's1', 's5']);
    await expect.poll(() => grid.text(1, 'number')).toBe('1');
    await grid.undo();
    await expect.poll(async () => (await grid.stepIds()).slice(0, 2)).toEqual(['s1', 's2']);
  });

  test('dragging an executor header reorders the executors; undo restores them', async () => {
    await grid.dragHeader('e1', 'e3');
    await expect
      .poll(async () => (await grid.executorNames()).slice(0, 3))
      .toEqual(['Kasi', 'Kepala Bidang', 'Pelaksana']);
    await grid.undo();
    await expect
      .poll(async () => (await grid.executorNames()).slice(0, 3))
      .toEqual(['Pelaksana', 'Kasi', 'Kepala Bidang']);
  });

  test('the Pelaksana group cannot be dragged out of its official place', async () => {
    const official = await grid.columnOrder();
    expect(official.slice(0, 3)).toEqual(['number', 'activity', 'exec:e1']);
    await grid.dragGroup('Pelaksana', 700);
    await expect.poll(() => grid.columnOrder()).toEqual(official);
  });

  test('Ctrl+V and Ctrl+C go through the real clipboard', async ({ page, host }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: host.origin,
    });
    await grid.focus(2, 'time');
    await page.evaluate(() => navigator.clipboard.writeText('7 menit\tSurat tujuh'));
    await page.keyboard.press('Control+v');
    await expect.poll(() => grid.text(2, 'time')).toBe('7 menit');
    expect(await grid.text(2, 'output')).toBe('Surat tujuh');
    await grid.focus(1, 'exec:e2');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Kapsul');
  });

  test('deleting every step leaves an empty table that accepts pasted rows', async ({ page }) => {
    await grid.focus(1, 'activity');
    await page.keyboard.press('Control+End');
    await grid.cell(15, 'activity').click({ modifiers: ['Shift'] });
    await expect(grid.range).toHaveAttribute('data-rows', '1-15');
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => grid.stepCount()).toBe(0);
    await expect(grid.emptyState).toBeVisible();
    await grid.grid.click({ position: { x: 20, y: 200 } });
    await grid.paste('Mulai\nProses\nSelesai');
    await expect.poll(() => grid.stepCount()).toBe(3);
    expect(await grid.text(3)).toBe('Selesai');
    await expect(grid.emptyState).toBeHidden();
  });

  test('the right-click menu runs step commands and places symbols', async () => {
    const second = await grid.text(2);
    await grid.menu(2, 'activity', 'Gandakan langkah');
    await expect.poll(() => grid.stepCount()).toBe(16);
    expect(await grid.text(3)).toBe(second);
    await grid.menu(3, 'exec:e2', 'Simbol: Belah ketupat');
    await expect.poll(() => grid.symbol(3, 'e2')).toBe('decision');
    await expect(grid.decisionEditor).toBeVisible();
    await grid.press('Escape');
    // The focus is back on the cell: keys act on it again.
    await grid.press('1');
    await expect.poll(() => grid.symbol(3, 'e2')).toBe('process');
  });
});
