// Paste from Excel or Word into an SOP in the library, read back through the API: rows copied from
// a table without executor columns go into their text columns as new steps at the paste point,
// every existing step is kept, no text becomes a symbol, and one Ctrl+Z takes it all back. A Word
// table with titles and a multi-paragraph cell, and an Excel block with marks, land by column.

import { emptySop, emptyStep } from '../../shared/model';
import type { SopDocument, Step } from '../../shared/model';
import { callHost } from '../support/host-api';
import type { HostProcess } from '../support/host-process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { GridPage } from './pages/grid-page';
import { LibraryPage } from './pages/library-page';
import { screenshot } from './pages/screenshots';

const NAME = 'Pelayanan Surat Keterangan';

/** Ten filled steps over three executors, each with its symbol, time and output. */
function tenStepSop(): SopDocument {
  const doc = emptySop();
  doc.identity.name = NAME;
  doc.executors = ['Staf', 'Kasi', 'Kepala Seksi'].map((name, i) => ({ id: `e${i + 1}`, name }));
  doc.steps = Array.from({ length: 10 }, (_, i): Step => ({
    ...emptyStep(`s${i + 1}`, i === 0 || i === 9 ? 'terminator' : 'process'),
    activity: `Langkah asli ${i + 1}`,
    executors: [`e${(i % 3) + 1}`],
    requirements: `Berkas ${i + 1}`,
    time: `${i + 1} menit`,
    output: `Hasil ${i + 1}`,
  }));
  return doc;
}

/** Adds the SOP to the library and opens it in the editor; returns its library id. */
async function openInEditor(host: HostProcess, app: AppPage, doc: SopDocument): Promise<string> {
  const record = await callHost(host, 'library:import', doc);
  await app.open(host.url);
  await new LibraryPage(app.page).open(NAME);
  return record.summary.id;
}

const draftSteps = async (host: HostProcess, id: string): Promise<Step[]> =>
  (await callHost(host, 'library:export', id)).steps;

test('three rows from a table without executor columns go into the middle of a 10-step SOP', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const grid = new GridPage(page);
  const original = tenStepSop();
  const id = await openInEditor(host, app, original);
  await expect.poll(() => grid.stepCount()).toBe(10);

  await grid.focus(5, 'activity');
  await grid.paste(
    [
      'Menerima berkas tambahan\tSurat pengantar\t5 menit\tAgenda',
      'Memeriksa berkas tambahan\tAgenda\t10 menit\tBerkas lengkap',
      'Meneruskan berkas tambahan\tBerkas lengkap\t15 menit\tDisposisi',
    ].join('\r\n') + '\r\n',
  );
  await expect(app.notices.last()).toContainText(
    '3 langkah ditempel: Kegiatan, Kelengkapan, Waktu, Output. ' +
      'Disisipkan sebagai langkah 5–7; langkah yang ada tidak ditimpa.',
  );
  await screenshot(page, 'paste-notice-1366', testInfo);

  // The draft autosaved: every step that was there, unchanged and in order, and three new ones.
  await expect.poll(async () => (await draftSteps(host, id)).length).toBe(13);
  const steps = await draftSteps(host, id);
  expect(steps.filter((s) => original.steps.some((o) => o.id === s.id))).toEqual(original.steps);
  expect(steps.slice(4, 7).map((s) => [s.activity, s.requirements, s.time, s.output])).toEqual([
    ['Menerima berkas tambahan', 'Surat pengantar', '5 menit', 'Agenda'],
    ['Memeriksa berkas tambahan', 'Agenda', '10 menit', 'Berkas lengkap'],
    ['Meneruskan berkas tambahan', 'Berkas lengkap', '15 menit', 'Disposisi'],
  ]);
  // No symbol came from text: the new steps have no executor until the clerk places one.
  expect(steps.slice(4, 7).map((s) => s.executors)).toEqual([[], [], []]);
  expect(steps[7]?.activity).toBe('Langkah asli 5');
  for (const executorId of ['e1', 'e2', 'e3']) expect(await grid.symbol(6, executorId)).toBe('');

  // One Ctrl+Z takes the whole paste back.
  await grid.press('Control+z');
  await expect.poll(async () => (await draftSteps(host, id)).length).toBe(10);
  expect(await draftSteps(host, id)).toEqual(original.steps);

  await page.setViewportSize({ width: 1024, height: 700 });
  await grid.focus(10, 'activity');
  await grid.paste('Mengarsipkan berkas\tBerkas\t5 menit\tArsip\r\n');
  await expect(app.notices.last()).toContainText('1 langkah ditempel');
  await screenshot(page, 'paste-notice-1024', testInfo);
});

/** A Word table as Word copies it: titles, a cell of three paragraphs, the plain text beside it. */
const WORD_HTML = `<html><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--StartFragment--><table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal>No</p></td><td><p class=MsoNormal>Uraian Kegiatan</p></td>
  <td><p class=MsoNormal>Persyaratan</p></td><td><p class=MsoNormal>Waktu</p></td>
  <td><p class=MsoNormal>Keluaran</p></td></tr>
 <tr><td><p class=MsoNormal>1.</p></td>
  <td><p class=MsoNormal>Memeriksa:</p><p class=MsoNormal>a.&nbsp;isi surat</p>
   <p class=MsoNormal>b.&nbsp;lampiran</p></td>
  <td><p class=MsoNormal>Surat &amp; lampiran</p></td><td><p class=MsoNormal>10 menit</p></td>
  <td><p class=MsoNormal>Catatan pemeriksaan</p></td></tr>
</table><!--EndFragment--></body></html>`;

/** Word's plain text of the same table splits the paragraphs into rows: it must not be used. */
const WORD_TEXT =
  'No\tUraian Kegiatan\tPersyaratan\tWaktu\tKeluaran\r\n1.\tMemeriksa:\r\na. isi surat\r\nb. lampiran\tSurat & lampiran\t10 menit\tCatatan pemeriksaan\r\n';

test('a Word table lands by its titles, and an Excel block places marks only as symbols', async ({
  page,
  host,
}, testInfo) => {
  const app = new AppPage(page);
  const grid = new GridPage(page);
  const id = await openInEditor(host, app, tenStepSop());
  await expect.poll(() => grid.stepCount()).toBe(10);

  await grid.focus(2, 'exec:e2');
  await grid.pasteTable(WORD_HTML, WORD_TEXT);
  await expect(app.notices.last()).toContainText(
    '1 langkah ditempel menurut judul kolom: Kegiatan, Kelengkapan, Waktu, Output.',
  );
  await expect.poll(async () => (await draftSteps(host, id)).length).toBe(11);
  expect((await draftSteps(host, id))[1]).toMatchObject({
    activity: 'Memeriksa:\na. isi surat\nb. lampiran',
    requirements: 'Surat & lampiran',
    time: '10 menit',
    output: 'Catatan pemeriksaan',
    executors: [],
  });

  // Excel: titles with the SOP's executor names, a quoted two-line cell, marks, bare minutes.
  await grid.focus(11, 'activity');
  await grid.paste(
    'Kegiatan\tStaf\tKasi\tWaktu (menit)\r\n' +
      '"Mengetik konsep\nsurat keterangan"\tv\t\t20\r\n' +
      'Memaraf konsep\t\tSurat\t5\r\n',
  );
  await expect(app.notices.last()).toContainText('2 langkah ditempel menurut judul kolom');
  await expect(app.notices.last()).toContainText('1 teks di kolom pelaksana');
  await screenshot(page, 'paste-left-out-1366', testInfo);
  await expect.poll(async () => (await draftSteps(host, id)).length).toBe(13);
  const steps = await draftSteps(host, id);
  expect(steps.slice(10, 12).map((s) => [s.activity, s.executors, s.time])).toEqual([
    ['Mengetik konsep\nsurat keterangan', ['e1'], '20 menit'],
    ['Memaraf konsep', [], '5 menit'],
  ]);
  expect(steps[12]?.activity).toBe('Langkah asli 10');
});
