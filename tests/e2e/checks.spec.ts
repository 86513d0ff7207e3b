// The checks panel on the example SOP: identity findings open the Identitas tab on their field,
// step findings select their cell, and the total time is shown.

import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ChecksPage } from './pages/checks-page';
import { IdentityPage } from './pages/identity-page';
import { LibraryPage } from './pages/library-page';

test('a finding on an identity item opens the form on that item', async ({ page, host }) => {
  const app = new AppPage(page);
  const checks = new ChecksPage(page);
  const identity = new IdentityPage(page);
  await app.open(host.url);
  await new LibraryPage(page).newFromProfile();
  await app.tab('grid');
  await checks.panel.getByTestId('finding').filter({ hasText: 'Identitas › Nomor SOP' }).click();
  await expect(page.getByTestId('tab-identity')).toHaveAttribute('aria-selected', 'true');
  await expect(identity.field('Nomor SOP')).toBeFocused();
  await identity.field('Nomor SOP').fill('800/001/ORG/2025');
  await expect(checks.panel).not.toContainText('Identitas › Nomor SOP');
});

test('a finding on a step selects its cell in the grid', async ({ page, host }) => {
  const app = new AppPage(page);
  const checks = new ChecksPage(page);
  await app.open(host.url);
  await new LibraryPage(page).openSample();
  await app.tab('identity');
  const stepFinding = checks.panel.getByTestId('finding').filter({ hasText: 'Langkah' }).first();
  const where = await stepFinding.locator('.app-finding-where').innerText();
  const number = /Langkah (\d+)/.exec(where)?.[1];
  await stepFinding.click();
  await expect(page.getByTestId('tab-grid')).toHaveAttribute('aria-selected', 'true');
  const focused = page.locator('.ag-row .ag-cell-focus');
  await expect(focused.locator('xpath=ancestor::*[@row-index][1]')).toHaveAttribute(
    'row-index',
    String(Number(number) - 1),
  );
});
