// The unit side of the organisation server in the app, against a throw-away PostgreSQL: Kirim ke
// Biro, the bureau's review pulled back with Tarik pembaruan (its note in the result, Buka, the
// library's Di Biro column and the editor header), a stale send refused after another PC of the
// unit published, then pulled and compared; Kirim only where something waits, Kirim semua
// confirmed (Batal sends nothing), compact rows; a bureau login that sends nothing; and the
// register filtered by unit and by status.
// Every outcome read back from the server as its administrator or through the host's API.

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { RegisterQuery } from '../../shared/api/channels/server';
import type { SopDocument } from '../../shared/model';
import { withServer } from '../../electron/services/server/connection';
import { recordDecree, reviewSop } from '../../electron/services/server/register';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryServerPage } from './pages/library-server-page';
import { RegisterPage, ServerSettingsPage } from './pages/register-page';
import { screenshot } from './pages/screenshots';
import { callHost } from '../support/host-api';
import { launchHost, type HostProcess } from '../support/host-process';
import { asLogin } from '../support/server-register';
import {
  publishSop,
  startTestServer,
  withoutPassword,
  type TestServer,
} from '../support/test-server';

const STALE = 'ada revisi yang lebih baru di server; tarik dulu';
const NOTE = 'Lengkapi waktu pada langkah 3.';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

let server: TestServer;

test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(() => server?.cluster.remove());

function fixture(file: string, name: string): SopDocument {
  const document = JSON.parse(readFileSync(`tests/fixtures/sops/${file}`, 'utf8')) as SopDocument;
  document.identity.name = name;
  return document;
}

/** A library SOP from a corpus file with `revisions` saved revisions (the last one approved). */
async function savedSop(host: HostProcess, file: string, name: string, revisions: number) {
  const record = await callHost(host, 'library:import', fixture(file, name), file);
  for (let n = 1; n <= revisions; n++) {
    if (n === revisions) await callHost(host, 'library:approve', record.summary.id, 'Disahkan');
    else await callHost(host, 'library:saveRevision', record.summary.id, `Revisi ${n}`);
  }
  return record.summary.id;
}

/** Changes the draft's first activity and saves it as a revision. */
async function editAndSave(host: HostProcess, id: string, activity: string): Promise<void> {
  const { document } = await callHost(host, 'library:open', id);
  document.steps[0]!.activity = activity;
  await callHost(host, 'library:saveDraft', id, document);
  await callHost(host, 'library:saveRevision', id, activity);
}

/** Every revision on the server, as its administrator reads them. */
async function serverRevisions() {
  return asLogin(server.cluster.adminUrl, async (client) => {
    const found = await client.query<{ sop: string; seq: number; name: string; sha: string }>(
      'SELECT sop_id AS sop, seq, name, sha FROM sop.revisions ORDER BY sop_id, seq',
    );
    return found.rows;
  });
}

async function connectAs(page: Page, host: HostProcess, url: string): Promise<void> {
  await new AppPage(page).open(host.url);
  const settings = new ServerSettingsPage(page);
  await settings.open();
  const { address, password } = withoutPassword(url);
  await settings.connect(address, password);
  await expect(settings.outcome).toContainText('Terhubung');
  await settings.close();
}

/** The id of the SOP the app opens next, read from its library:open call to the host. */
async function nextOpened(page: Page, open: () => Promise<void>): Promise<string> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith(`/api/${encodeURIComponent('library:open')}`)),
    open(),
  ]);
  return (JSON.parse(request.postData() ?? '{}') as { args: string[] }).args[0]!;
}

async function shoot(page: Page, name: string, testInfo: Parameters<typeof screenshot>[2]) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}`, testInfo);
  }
  await page.setViewportSize(SIZES[0]!);
}

test('a unit sends to the bureau, pulls the review, and a stale send is refused then pulled', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const kelana = await savedSop(
    host,
    '01-pembinaan-kelana-katingan.sop.json',
    'Pembinaan Kelana',
    1,
  );
  const jambore = await savedSop(host, '02-jambore-imp.sop.json', 'Jambore IMP', 2);
  await connectAs(page, host, server.unitA.url);
  const library = new LibraryServerPage(page);
  await expect(library.status('Pembinaan Kelana')).toContainText('belum dikirim');
  await expect(library.status('Jambore IMP')).toContainText('2 revisi belum dikirim');

  // Kirim ke Biro of the listed SOPs: the server has exactly their saved revisions.
  await library.publishListed();
  await expect(library.publishOutcome('Pembinaan Kelana')).toContainText('terkirim: 1 revisi');
  await expect(library.publishOutcome('Jambore IMP')).toContainText('terkirim: 2 revisi');
  await shoot(page, 'unit-publish-result', testInfo);
  await library.closeResult();
  const local = async (id: string) => (await callHost(host, 'library:revisions', id)).length;
  expect(await local(kelana)).toBe(1);
  expect((await serverRevisions()).map((r) => [r.sop, r.seq, r.name])).toEqual(
    [
      [kelana, 1, 'Pembinaan Kelana'],
      [jambore, 1, 'Jambore IMP'],
      [jambore, 2, 'Jambore IMP'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])),
  );
  await expect(library.status('Pembinaan Kelana')).toHaveAttribute('data-state', 'submitted');
  await expect(library.status('Jambore IMP')).toContainText('dikirim');
  expect((await callHost(host, 'server:statuses'))[jambore]).toMatchObject({
    state: 'submitted',
    unsent: 0,
  });

  // The bureau returns one with a note; Tarik pembaruan brings it to the column and the editor.
  await withServer({ url: server.bureau.url }, (client) =>
    reviewSop(client, kelana, 'returned', NOTE),
  );
  await library.pull();
  const pulledKelana = library.pulledSop('Pembinaan Kelana');
  await expect(pulledKelana.getByTestId('pull-status')).toHaveText(
    'Pembinaan Kelana: dikembalikan',
  );
  await expect(pulledKelana.getByTestId('pull-note')).toContainText(NOTE);
  await shoot(page, 'unit-pull-note', testInfo);
  const returned = await callHost(host, 'server:status', kelana);
  expect(returned).toMatchObject({
    state: 'returned',
    note: NOTE,
    reviewedBy: server.bureau.unit,
  });
  expect(returned.reviewedAt).not.toBeNull();

  // Buka of the pull's result opens that SOP in the editor, its header saying the review.
  expect(await nextOpened(page, () => pulledKelana.getByTestId('pull-open').click())).toBe(kelana);
  await expect(library.pullResult).toHaveCount(0);
  await expect(library.editorButton).toHaveText('Server: ☁ dikembalikan ✎');
  await library.editorButton.click();
  await expect(library.editorStatus).toContainText('dikembalikan');
  await expect(library.editorStatus).toContainText(NOTE);
  await expect(library.editorStatus).toContainText(`Ditelaah ${server.bureau.unit}`);
  await shoot(page, 'unit-editor-server-status', testInfo);
  await library.closeResult();
  await page.getByTestId('header-library').click();
  await expect(library.status('Pembinaan Kelana')).toHaveAttribute('data-state', 'returned');
  await expect(library.status('Pembinaan Kelana')).toContainText(NOTE);
  await shoot(page, 'unit-library-server-column', testInfo);

  // Another PC of the unit pulls the SOP, changes it and publishes a newer revision.
  const other = await launchHost();
  try {
    await callHost(other, 'server:connect', server.unitA.url);
    const pulled = await callHost(other, 'server:pull');
    expect(pulled.revisions.map((r) => r.id).sort()).toEqual([kelana, jambore].sort());
    await editAndSave(other, kelana, 'Diubah di PC lain');
    const sent = await callHost(other, 'server:publish', [kelana]);
    expect(sent).toMatchObject([{ id: kelana, state: 'sent', sent: 1 }]);
  } finally {
    await other.stop();
  }

  // This PC's stale edit is refused with the reason; the SOP waits in the outbox.
  await editAndSave(host, kelana, 'Diubah di PC ini');
  await page.reload();
  await library.publishOne('Pembinaan Kelana');
  await expect(library.publishOutcome('Pembinaan Kelana')).toHaveText(
    `Pembinaan Kelana: ditolak: ${STALE}`,
  );
  await shoot(page, 'unit-publish-refused', testInfo);
  await library.closeResult();
  expect(await callHost(host, 'server:status', kelana)).toMatchObject({
    state: 'queued',
    lastMessage: STALE,
    unsent: 1,
  });
  await expect(library.status('Pembinaan Kelana')).toContainText('menunggu dikirim');
  await expect(library.status('Pembinaan Kelana')).toHaveAttribute('title', new RegExp(STALE));
  expect((await serverRevisions()).filter((r) => r.sop === kelana)).toHaveLength(2);

  // Tarik pembaruan brings the other PC's revision; its compare with the draft opens.
  await library.pull();
  const revision = library.pullResult.getByTestId('pull-revision');
  await expect(revision).toContainText('Pembinaan Kelana: revisi 3 dari server; ');
  await revision.getByTestId('pull-compare').click();
  const diff = library.pullResult.getByTestId('pull-diff');
  await expect(diff).toContainText('Diubah di PC lain');
  await expect(diff).toContainText('Diubah di PC ini');
  await shoot(page, 'unit-pull-result', testInfo);
  await library.closeResult();
  const history = await callHost(host, 'library:revisions', kelana);
  expect(history.map((r) => r.note)).toContain('Dari server organisasi: Diubah di PC lain');
  expect((await callHost(host, 'server:status', kelana)).unsent).toBe(0);
});

/** Sends an SOP as unit A, accepts it as the bureau and sets it by a decree; the library pulls it. */
async function setByDecree(host: HostProcess, id: string, number: string): Promise<void> {
  expect(await callHost(host, 'server:publish', [id])).toMatchObject([{ state: 'sent' }]);
  await withServer({ url: server.bureau.url }, async (client) => {
    await reviewSop(client, id, 'accepted', '');
    await recordDecree(client, {
      number,
      date: '2026-03-12',
      title: 'Penetapan SOP',
      entries: [{ sopId: id, numeral: 'I' }],
    });
  });
  await callHost(host, 'server:pull');
}

test('Kirim shows only where something waits, Kirim semua names its count and Batal sends nothing, rows stay compact', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const decree = '188.4/45/KPTS/2026';
  const poktan = await savedSop(host, '03-pembentukan-poktan.sop.json', 'Poktan Terbit', 1);
  const anjab = (
    await callHost(
      host,
      'library:import',
      fixture('04-penyusunan-analisis-jabatan.sop.json', 'Anjab Tersimpan'),
      'anjab.sop.json',
    )
  ).summary.id;
  const draft = (await callHost(host, 'library:create')).summary.id;
  await callHost(host, 'library:rename', draft, 'Jambore Draf');
  await connectAs(page, host, server.unitA.url);
  await setByDecree(host, poktan, decree);
  await page.reload();
  const library = new LibraryServerPage(page);

  // Kirim on a row only where something waits (the import's revision): not on the SOP set by
  // decree, nor on a new SOP never saved as a revision.
  await expect(library.status('Poktan Terbit')).toHaveAttribute('data-state', 'set');
  await expect(library.status('Poktan Terbit')).toContainText(`Kep. ${decree}`);
  await expect(library.sendLink('Anjab Tersimpan')).toBeVisible();
  await expect(library.sendLink('Poktan Terbit')).toHaveCount(0);
  await expect(library.sendLink('Jambore Draf')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Di Biro' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Pengesahan' })).toBeVisible();

  // Kirim semua names its count and the drafts among them; Batal sends nothing.
  await expect(library.sendAll).toHaveText('Kirim semua (1)…');
  await library.sendAll.click();
  await expect(library.confirmation.getByTestId('send-confirm-text')).toHaveText(
    'Kirim revisi tersimpan dari 1 SOP ke Bagian Organisasi untuk ditelaah? 1 di antaranya belum disahkan (Draf).',
  );
  await expect(library.confirmation.getByRole('listitem')).toHaveText(['Anjab Tersimpan']);
  await expect(library.confirmation.getByTestId('send-confirm-send')).toHaveText('Kirim 1 SOP');
  await shoot(page, 'unit-send-all-confirm', testInfo);
  await library.confirmation.getByRole('button', { name: 'Batal' }).click();
  await expect(library.confirmation).toHaveCount(0);
  await expect(library.publishResult).toHaveCount(0);
  expect((await serverRevisions()).filter((r) => r.sop === anjab)).toEqual([]);
  expect((await callHost(host, 'server:statuses'))[anjab]).toMatchObject({ unsent: 1 });

  // Confirmed, it sends that one SOP; then nothing waits and the button says so.
  await library.publishListed();
  await expect(library.publishResult.getByTestId('publish-outcome')).toHaveText([
    'Anjab Tersimpan: terkirim: 1 revisi',
  ]);
  await library.closeResult();
  expect((await serverRevisions()).filter((r) => r.sop === anjab)).toHaveLength(1);
  await expect(library.sendAll).toHaveText('Kirim semua (0)…');
  await expect(library.sendAll).toBeDisabled();
  await expect(library.sendAll).toHaveAttribute('title', /tidak ada yang menunggu dikirim/);
  await expect(library.sendLink('Anjab Tersimpan')).toHaveCount(0);

  // At 1024×700 a row with a decree keeps to a compact height; its details say the decree.
  await page.setViewportSize(SIZES[1]!);
  await screenshot(page, 'unit-library-compact-1024x700', testInfo);
  for (const name of ['Poktan Terbit', 'Anjab Tersimpan', 'Jambore Draf']) {
    const box = await library.row(name).boundingBox();
    expect(box?.height, name).toBeLessThanOrEqual(90);
  }
  await page.setViewportSize(SIZES[0]!);
  await screenshot(page, 'unit-library-compact-1366x768', testInfo);
  await page.setViewportSize(SIZES[1]!);
  const details = await library.openDetails('Poktan Terbit');
  await expect(details).toContainText(`Keputusan ${decree} tgl. 12 Maret 2026, LAMPIRAN I`);
  await expect(details.getByTestId('sop-server-send')).toHaveCount(0);
  await shoot(page, 'unit-library-details', testInfo);
  expect(await nextOpened(page, () => details.getByTestId('sop-server-open').click())).toBe(poktan);
  await expect(library.editorButton).toHaveText('Server: ☁ ditetapkan');
});

test('a bureau login is named as the bureau in its library and offered no sending', async ({
  page,
  host,
}, testInfo) => {
  await savedSop(host, '01-pembinaan-kelana-katingan.sop.json', 'SOP Biro', 1);
  await connectAs(page, host, server.bureau.url);
  const library = new LibraryServerPage(page);
  await expect(library.strip).toHaveAttribute('data-login', 'bureau');
  await expect(library.strip).toContainText(`masuk sebagai Biro: ${server.bureau.unit}`);
  await expect(library.strip).not.toContainText('unit "');
  await expect(library.strip.getByTestId('open-register')).toBeVisible();
  await expect(library.sendAll).toHaveCount(0);
  await expect(library.strip.getByTestId('pull-from-server')).toHaveCount(0);
  await expect(library.row('SOP Biro')).toBeVisible();
  await expect(page.getByTestId('sop-send')).toHaveCount(0);
  await expect(page.getByTestId('sop-server-status')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Di Biro' })).toHaveCount(0);
  await shoot(page, 'bureau-library', testInfo);
  expect(await serverRevisions().then((rows) => rows.filter((r) => r.name === 'SOP Biro'))).toEqual(
    [],
  );
});

test('filtering the register by unit and by status lists what the server gives for it', async ({
  page,
  host,
}, testInfo) => {
  const a = server.unitA.url;
  const b = server.unitB.url;
  const poktan = await publishSop(a, '03-pembentukan-poktan.sop.json', 'Pembentukan Poktan');
  const anjab = await publishSop(b, '04-penyusunan-analisis-jabatan.sop.json', 'Analisis Jabatan');
  const jambore = await publishSop(b, '02-jambore-imp.sop.json', 'Jambore Kecamatan');
  await withServer({ url: server.bureau.url }, async (client) => {
    await reviewSop(client, poktan, 'accepted', '');
    await reviewSop(client, anjab, 'accepted', '');
  });
  await connectAs(page, host, a);
  const register = new RegisterPage(page);
  await register.open();
  const unit = register.view.getByTestId('register-unit');
  const status = register.view.getByTestId('register-status-filter');
  const count = register.view.getByTestId('register-count');
  const listed = () =>
    register.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')).sort());
  const served = async (query: RegisterQuery) =>
    (await callHost(host, 'server:register', query)).rows.map((row) => row.id).sort();
  const everything = await served({});
  await expect(register.rows).toHaveCount(everything.length);

  // By unit: only the other unit's two SOPs, as the server lists them for that unit.
  await unit.selectOption(server.unitB.unit);
  await expect(register.rows).toHaveCount(2);
  expect(await served({ unit: server.unitB.unit })).toEqual([anjab, jambore].sort());
  expect(await listed()).toEqual(await served({ unit: server.unitB.unit }));
  await expect(count).toHaveText('2 SOP');

  // By status on top of the unit: its accepted one alone.
  await status.selectOption('accepted');
  await expect(register.rows).toHaveCount(1);
  expect(await listed()).toEqual([anjab]);
  await shoot(page, 'register-filters', testInfo);

  // By status across every unit: the accepted ones of both units.
  await unit.selectOption('');
  await expect(register.rows).toHaveCount(2);
  expect(await served({ status: 'accepted' })).toEqual([poktan, anjab].sort());
  expect(await listed()).toEqual(await served({ status: 'accepted' }));
  await expect(count).toHaveText('2 SOP');

  await status.selectOption('');
  await expect(register.rows).toHaveCount(everything.length);
  expect(await listed()).toEqual(everything);
});
