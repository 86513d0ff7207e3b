// The register's filters in the app, against a throw-away PostgreSQL: filtering by unit and by
// status lists exactly the SOPs the server gives for the same filter, read back through the
// host's API, and the count follows.

import type { Page } from '@playwright/test';
import type { RegisterQuery } from '../../shared/api/channels/server';
import { withServer } from '../../electron/services/server/connection';
import { reviewSop } from '../../electron/services/server/register';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { RegisterPage, ServerSettingsPage } from './pages/register-page';
import { screenshot } from './pages/screenshots';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import {
  publishSop,
  startTestServer,
  withoutPassword,
  type TestServer,
} from '../support/test-server';

let server: TestServer;
const sops: Record<string, string> = {};

test.beforeAll(async () => {
  server = await startTestServer();
  const a = server.unitA.url;
  const b = server.unitB.url;
  sops.kelana = await publishSop(a, '01-pembinaan-kelana-katingan.sop.json', 'Pembinaan Kelana');
  sops.jambore = await publishSop(a, '02-jambore-imp.sop.json', 'Jambore IMP');
  sops.poktan = await publishSop(b, '03-pembentukan-poktan.sop.json', 'Pembentukan Poktan');
  sops.anjab = await publishSop(b, '04-penyusunan-analisis-jabatan.sop.json', 'Analisis Jabatan');
  await withServer({ url: server.bureau.url }, async (client) => {
    await reviewSop(client, sops.jambore!, 'returned', 'Lengkapi waktu.');
    await reviewSop(client, sops.anjab!, 'accepted', '');
  });
});
test.afterAll(() => server?.cluster.remove());

async function connectAs(page: Page, host: HostProcess, url: string): Promise<void> {
  await new AppPage(page).open(host.url);
  const settings = new ServerSettingsPage(page);
  await settings.open();
  const { address, password } = withoutPassword(url);
  await settings.connect(address, password);
  await expect(settings.outcome).toContainText('Terhubung');
  await settings.close();
}

test('filtering the register by unit and by status lists what the server gives for it', async ({
  page,
  host,
}, testInfo) => {
  await connectAs(page, host, server.unitA.url);
  const register = new RegisterPage(page);
  await register.open();
  const unit = register.view.getByTestId('register-unit');
  const status = register.view.getByTestId('register-status-filter');
  const count = register.view.getByTestId('register-count');
  const listed = () =>
    register.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')).sort());
  const served = async (query: RegisterQuery) =>
    (await callHost(host, 'server:register', query)).rows.map((row) => row.id).sort();
  await expect(register.rows).toHaveCount(4);

  // By unit: only the other unit's two SOPs, as the server lists them for that unit.
  await unit.selectOption(server.unitB.unit);
  await expect(register.rows).toHaveCount(2);
  expect(await served({ unit: server.unitB.unit })).toEqual([sops.poktan, sops.anjab].sort());
  expect(await listed()).toEqual(await served({ unit: server.unitB.unit }));
  await expect(count).toHaveText('2 SOP');

  // By status on top of the unit: the accepted one alone.
  await status.selectOption('accepted');
  await expect(register.rows).toHaveCount(1);
  const accepted = { unit: server.unitB.unit, status: 'accepted' } as const;
  expect(await served(accepted)).toEqual([sops.anjab]);
  expect(await listed()).toEqual(await served(accepted));
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `register-filters-${size.width}x${size.height}`, testInfo);
  }

  // By status across every unit: the returned one of the first unit.
  await unit.selectOption('');
  await status.selectOption('returned');
  await expect(register.rows).toHaveCount(1);
  expect(await served({ status: 'returned' })).toEqual([sops.jambore]);
  expect(await listed()).toEqual(await served({ status: 'returned' }));
  await expect(count).toHaveText('1 SOP');

  await status.selectOption('');
  await expect(register.rows).toHaveCount(4);
  expect(await listed()).toEqual(await served({}));
});
