// The flow as a clerk draws it in the editor, on the example SOP: a decision's exits set from the
// row menu, the Periksa panel and a new diamond; new steps without a guessed symbol; a symbol
// moved to another column; a joint activity only when asked for; Enter on the last row. Each
// action is checked in the document the app saved, read back through the host's API.

import type { SopDocument, Step } from '../../shared/model';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ChecksPage } from './pages/checks-page';
import { GridPage } from './pages/grid-page';
import { LibraryPage } from './pages/library-page';
import { screenshot } from './pages/screenshots';

let app: AppPage;
let grid: GridPage;

test.beforeEach(async ({ page, host }) => {
  app = new AppPage(page);
  grid = new GridPage(page);
  await app.open(host.url);
  await new LibraryPage(page).openSample();
  await app.tab('grid');
  await expect.poll(() => grid.stepCount()).toBe(15);
});

/** The SOP as the app saved it: autosave done, then the draft read through the API. */
async function savedDocument(host: HostProcess): Promise<SopDocument> {
  await app.waitSaved();
  const [summary] = (await callHost(host, 'library:list')).items;
  return callHost(host, 'library:export', summary?.id ?? '');
}

function step(doc: SopDocument, id: string): Step {
  const found = doc.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in the saved SOP`);
  return found;
}

test('a decision set from the row menu, with custom labels, returns to an earlier step', async ({
  page,
  host,
}, testInfo) => {
  await grid.menu(3, 'exec:e2', 'Simbol: Belah ketupat');
  // The new decision opens its editor at once: Ya goes on, Tidak back to the step before.
  const editor = grid.decisionEditor;
  await expect(editor).toBeVisible();
  await expect(editor.getByTestId('decision-suggestion')).toContainText('kembali ke langkah 2');
  await expect(editor.getByLabel('Jika Ya, lanjut ke')).toHaveValue('');
  await expect(editor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s2');
  await expect(editor.getByLabel('Jika Ya, lanjut ke')).toBeFocused();
  await screenshot(page, 'decision-editor-new', testInfo);
  await editor.getByLabel('Jika Tidak, lanjut ke').selectOption('s1');
  await editor.getByLabel('Label Ya').fill('Lengkap');
  await editor.getByLabel('Label Tidak').fill('Tidak lengkap');
  await editor.getByRole('button', { name: 'Selesai' }).click();
  await expect(editor).toBeHidden();
  await expect(grid.grid.locator('.sop-flow-label', { hasText: 'Tidak lengkap' })).toBeVisible();

  expect(step(await savedDocument(host), 's3')).toMatchObject({
    symbol: 'decision',
    executors: ['e2'],
    yes: null,
    no: 's1',
    labels: ['Lengkap', 'Tidak lengkap'],
  });

  // The row menu reopens it from any cell of the row, on what was saved.
  await grid.cell(3, 'activity').click({ button: 'right' });
  await screenshot(page, 'row-menu-decision', testInfo);
  await page.getByTestId('row-menu').getByRole('menuitem', { name: 'Atur arah keputusan' }).click();
  await expect(editor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s1');
  await expect(editor.getByLabel('Label Ya')).toHaveValue('Lengkap');
  await expect(editor.getByTestId('decision-suggestion')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
});

test('the toolbar and Ctrl+K edit the exits of the selected decision', async ({ page, host }) => {
  const toolbarButton = page.getByTestId('toolbar-editDecision');
  await grid.focus(2, 'activity');
  await expect(toolbarButton).toBeDisabled();
  await grid.focus(6, 'time');
  await expect(toolbarButton).toBeEnabled();
  await toolbarButton.click();
  await expect(grid.decisionEditor).toBeVisible();
  await expect(grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s4');
  await grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke').selectOption('s3');
  await page.keyboard.press('Enter');
  await expect(grid.decisionEditor).toBeHidden();
  expect(step(await savedDocument(host), 's7').no).toBe('s3');

  await grid.scrollToEnd();
  await grid.focus(13, 'activity');
  await grid.press('Control+k');
  await expect(grid.decisionEditor).toBeVisible();
  await expect(grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s12');
});

test('a Periksa finding about a decision opens the editor of its exits', async ({ page, host }) => {
  const checks = new ChecksPage(page);
  // A diamond left without its exits: both lead to the next step, which Periksa reports.
  await grid.focus(4, 'exec:e3');
  await grid.press('2');
  await expect(grid.decisionEditor).toBeVisible();
  await grid.press('Escape');
  await expect(grid.decisionEditor).toBeHidden();
  const finding = checks.finding('decision-exits-same');
  await expect(finding).toBeVisible();
  await app.tab('identity');

  await finding.click();
  await expect(page.getByTestId('tab-grid')).toHaveAttribute('aria-selected', 'true');
  await expect(grid.decisionEditor).toBeVisible();
  await expect(grid.decisionEditor).toHaveAttribute('aria-label', 'Keputusan langkah 4');
  await expect(grid.decisionEditor.getByLabel('Jika Tidak, lanjut ke')).toHaveValue('s3');
  await grid.decisionEditor.getByRole('button', { name: 'Selesai' }).click();
  await expect(finding).toHaveCount(0);
  expect(step(await savedDocument(host), 's4')).toMatchObject({ symbol: 'decision', no: 's3' });
});

test('Ctrl+Enter in an executor cell adds a step with no executor and no symbol', async ({
  host,
}) => {
  await grid.focus(2, 'exec:e2');
  await grid.press('Control+Enter');
  await expect.poll(() => grid.stepCount()).toBe(16);
  for (const executor of ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']) {
    expect(await grid.symbol(3, executor)).toBe('');
  }
  const saved = await savedDocument(host);
  expect(saved.steps).toHaveLength(16);
  expect(saved.steps[2]).toMatchObject({ activity: '', executors: [] });
  expect(saved.steps[1]).toMatchObject({ id: 's2', executors: ['e2'] });

  // The clerk places the symbol: 1 in the focused cell puts a box there, in that row only.
  await grid.press('1');
  await expect.poll(() => grid.symbol(3, 'e2')).toBe('process');
  expect((await savedDocument(host)).steps[2]?.executors).toEqual(['e2']);
});

test('a symbol placed in another column moves the step there', async ({ host }) => {
  await grid.cell(2, 'exec:e4').click();
  await expect.poll(() => grid.symbol(2, 'e4')).toBe('process');
  expect(await grid.symbol(2, 'e2')).toBe('');
  // The keyboard does the same: arrows to the cell (a click would already place it), then a key.
  await grid.focus(4, 'activity');
  await grid.press('ArrowRight');
  await expect.poll(() => grid.focusedCell()).toEqual({ row: 4, column: 'exec:e1' });
  await grid.press('3');
  await expect.poll(() => grid.symbol(4, 'e1')).toBe('terminator');
  await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(0);
  const saved = await savedDocument(host);
  expect(step(saved, 's2').executors).toEqual(['e4']);
  expect(step(saved, 's4')).toMatchObject({ executors: ['e1'], symbol: 'terminator' });
});

test('a joint activity is made only when asked: the menu, Ctrl+click or B', async ({
  page,
  host,
}, testInfo) => {
  await grid.cell(2, 'exec:e3').click({ button: 'right' });
  await screenshot(page, 'row-menu-executor-cell', testInfo);
  await page
    .getByTestId('row-menu')
    .getByRole('menuitem', { name: 'Jadikan kegiatan bersama' })
    .click();
  await expect.poll(() => grid.symbol(2, 'e3')).toBe('process');
  expect(await grid.symbol(2, 'e2')).toBe('process');
  // The joining line shows at once.
  await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(1);
  await grid.cell(4, 'exec:e5').click({ modifiers: ['Control'] });
  await expect.poll(() => grid.symbol(4, 'e5')).toBe('process');
  await grid.focus(5, 'activity');
  await grid.press('ArrowRight');
  await expect.poll(() => grid.focusedCell()).toEqual({ row: 5, column: 'exec:e1' });
  await grid.press('b');
  await expect.poll(() => grid.symbol(5, 'e1')).toBe('process');
  await expect(grid.grid.getByTestId('flow-joint')).toHaveCount(3);
  await screenshot(page, 'joint-activities', testInfo);
  const saved = await savedDocument(host);
  expect(step(saved, 's2').executors).toEqual(['e2', 'e3']);
  expect(step(saved, 's4').executors).toEqual(['e3', 'e5']);
  expect(step(saved, 's5').executors).toEqual(['e4', 'e1']);
});

test('Enter on the last row adds a step, and a blank last row takes no second one', async ({
  page,
  host,
}) => {
  await grid.scrollToEnd();
  await grid.focus(15, 'activity');
  await grid.press('F2');
  await page.getByTestId('cell-editor').waitFor();
  await page.keyboard.press('End');
  await page.keyboard.type(' segera');
  await grid.press('Enter');
  await expect.poll(() => grid.stepCount()).toBe(16);
  // The new row has the focus: typing fills it, and Enter goes on again.
  await expect.poll(() => grid.focusedCell()).toEqual({ row: 16, column: 'activity' });
  await grid.type('Mengarsipkan undangan');
  await grid.press('Enter');
  await expect.poll(() => grid.stepCount()).toBe(17);
  await expect.poll(() => grid.focusedCell()).toEqual({ row: 17, column: 'activity' });
  await grid.press('Enter');
  await grid.press('Enter');
  expect(await grid.stepCount()).toBe(17);
  const saved = await savedDocument(host);
  expect(saved.steps).toHaveLength(17);
  expect(saved.steps[14]?.activity).toMatch(/ segera$/);
  expect(saved.steps[15]).toMatchObject({ activity: 'Mengarsipkan undangan', executors: [] });
  expect(saved.steps[16]).toMatchObject({ activity: '', executors: [] });
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  const name = `${size.width}x${size.height}`;
  test(`at ${name} the flow buttons are in reach and the decision editor sits beside its diamond`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await grid.focus(6, 'activity');
    // With the Periksa panel open a narrow window has the flow commands under Lainnya; closed
    // (the choice is remembered), they are on the bar itself.
    if (size.width < 1366) {
      await page.getByTestId('grid-toolbar').getByTestId('toolbar-more').click();
      await expect(page.getByTestId('menu-editDecision')).toBeEnabled();
      await page.keyboard.press('Escape');
      await app.checksToggle.click();
      await grid.focus(6, 'activity');
    }
    for (const id of ['toolbar-editDecision', 'toolbar-makeJoint']) {
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    }
    await page.getByTestId('toolbar-editDecision').click();
    const editor = grid.decisionEditor;
    await expect(editor).toBeInViewport({ ratio: 1 });
    const box = await editor.boundingBox();
    const diamond = await grid.cell(6, 'exec:e5').boundingBox();
    if (!box || !diamond) throw new Error('editor or diamond not drawn');
    const overlaps =
      box.x < diamond.x + diamond.width &&
      diamond.x < box.x + box.width &&
      box.y < diamond.y + diamond.height &&
      diamond.y < box.y + box.height;
    expect(overlaps).toBe(false);
    await screenshot(page, `decision-editor-${name}`, testInfo);
    await page.keyboard.press('Escape');
    await grid.cell(4, 'exec:e2').click({ button: 'right' });
    await expect(page.getByTestId('row-menu')).toBeInViewport({ ratio: 1 });
    await screenshot(page, `row-menu-${name}`, testInfo);
  });
}
