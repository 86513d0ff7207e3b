import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test('the preview loads and shows the app name and the example SOP read through the API', async ({
  page,
  host,
}) => {
  const shell = new ShellPage(page);
  await shell.open(host.url);
  await expect(shell.title).toContainText('SOP AP Editor');
  await expect(shell.sampleName).toHaveText('Pembinaan KELANA');
});

test('without the token in the address the API refuses and the page says so', async ({
  page,
  host,
}) => {
  await page.goto(host.origin + '/');
  await expect(page.getByRole('alert')).toContainText('token tidak sah');
});
