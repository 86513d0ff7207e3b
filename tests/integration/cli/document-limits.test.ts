// Issue 11, findings 1, 3, 4 and 6 through the real `sop` command and the API: a document over
// the limits, with an unprintable logo or nested 100,000 deep is refused with its message and
// exit 1, and nothing is stored; the largest accepted document prints.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { LibrarySession } from '../../../electron/services/library/session';
import { MAX_EXECUTORS } from '../../../shared/limits';
import { serializeSop } from '../../../shared/model';
import { syntheticSop } from '../../unit/layout/synthetic';
import { runSop } from '../../support/run-cli';
import { largestSop } from '../property/largest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-limits-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The 19 MB document of the issue: 2,000 steps × 64 executors with long texts. */
function oomText(): string {
  return serializeSop(syntheticSop({ steps: 2_000, executors: 64, textRepeat: 1, jointEvery: 4 }));
}

function badLogoText(): string {
  const doc = syntheticSop({ steps: 3, executors: 2 });
  doc.identity.logo = { mime: 'image/png', data: Buffer.from('bukan gambar').toString('base64') };
  return serializeSop(doc);
}

function deepText(depth: number): string {
  const base = serializeSop(syntheticSop({ steps: 3, executors: 2 })).trimEnd();
  return `${base.slice(0, -1)},\n  "x": ${'['.repeat(depth)}${']'.repeat(depth)}\n}\n`;
}

const LOGO_MESSAGE =
  'Logo tidak dapat dipakai: isinya bukan gambar PNG atau JPEG. Pilih ulang logo (PNG atau JPEG).';
const DEEP_MESSAGE =
  'Berkas SOP memiliki data bersarang 100.001 tingkat; paling banyak 64 tingkat. Berkas ini kemungkinan rusak atau bukan buatan aplikasi SOP; ekspor ulang dari aplikasi asalnya.';

function expectRefused(result: ReturnType<typeof runSop>, message: string | RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |RangeError|Invalid image|heap/);
}

describe('sop validate, pdf and library add refuse documents the app cannot print', () => {
  const cases: [string, string, string | RegExp][] = [
    [
      'oom',
      oomText(),
      `SOP ini memiliki 64 pelaksana; paling banyak ${MAX_EXECUTORS} pelaksana. Pecah SOP ini menjadi beberapa SOP atau kurangi isinya.`,
    ],
    ['logo', badLogoText(), LOGO_MESSAGE],
    ['deep', deepText(100_000), DEEP_MESSAGE],
  ];

  it.each(cases)(
    '%s: validate and pdf exit 1 with the message, no PDF written',
    (name, text, message) => {
      const file = write(`${name}.sop.json`, text);
      expectRefused(runSop(['validate', file]), message);
      const pdf = path.join(dir, `${name}.pdf`);
      expectRefused(runSop(['pdf', file, '-o', pdf]), message);
      expect(fs.existsSync(pdf)).toBe(false);
    },
  );

  it.each(cases)('%s: library add exits 1 and stores nothing', (name, text, message) => {
    const file = write(`${name}-add.sop.json`, text);
    const dataDir = path.join(dir, `data-${name}`);
    expectRefused(runSop(['library', 'add', file, '--data-dir', dataDir]), message);
    const list = runSop(['library', 'list', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('says what a missing version is', () => {
    const file = write('noversion.sop.json', '{"format":"sop-ap","identity":{}}');
    expectRefused(
      runSop(['validate', file]),
      'Berkas SOP ini tidak mencantumkan versinya (kolom "version"); aplikasi ini mengenal versi 1.',
    );
  });

  it('prints the largest accepted document', () => {
    const file = write('largest.sop.json', serializeSop(largestSop()));
    const pdf = path.join(dir, 'largest.pdf');
    const result = runSop(['pdf', file, '-o', pdf]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);
});

describe('the API refuses the same documents', () => {
  const session = new LibrarySession(path.join(dir, 'api-data'), { dailyBackup: false });
  afterAll(() => session.close());
  const handlers = createApiHandlers({
    appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
    resourcesDir: path.resolve('resources'),
    library: session,
  });
  const call = (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, () => {});

  it('document:parse answers the logo and depth messages', async () => {
    expect(await call('document:parse', badLogoText())).toEqual({
      ok: false,
      error: { code: 'invalid-document', message: LOGO_MESSAGE },
    });
    expect(await call('document:parse', deepText(100_000))).toEqual({
      ok: false,
      error: { code: 'invalid-document', message: DEEP_MESSAGE },
    });
  });

  it('library:import refuses a bad logo and deep nesting, storing nothing', async () => {
    const badLogo = JSON.parse(badLogoText()) as unknown;
    const deep = JSON.parse(deepText(5_000)) as unknown;
    expect(await call('library:import', badLogo)).toEqual({
      ok: false,
      error: { code: 'invalid-document', message: LOGO_MESSAGE },
    });
    expect(await call('library:import', deep)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-document',
        message: expect.stringMatching(/data bersarang 5\.00\d tingkat/),
      },
    });
    expect(await call('library:list')).toMatchObject({ ok: true, value: { items: [], total: 0 } });
  });
});
