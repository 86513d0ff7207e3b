// `sop server …` as a subprocess against a real cluster: setup twice, three logins, the register
// as a unit and as the bureau sees it, the review refused for a unit, the decree and its book,
// the PG* variables instead of --server; no password printed but add-unit's last line.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectServer } from '../../../electron/services/server/connection';
import type { RegisterRow } from '../../../electron/services/server/register';
import { pdfInfo, pdfText } from '../pdf/poppler';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { runSop } from '../../support/run-cli';
import { asLogin, dumpRegister, publishRevision } from '../../support/server-register';

const CORPUS = resolve('tests/fixtures/sops/01-pembinaan-kelana-katingan.sop.json');

let cluster: TestCluster;
let folder: string;
const logins: Record<'a' | 'b' | 'bureau', string> = { a: '', b: '', bureau: '' };
let sopId = '';
const printed: string[] = [];

/** Runs `sop server …`; everything it prints is kept to look for passwords at the end. */
function server(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = runSop(['server', ...args], { cwd: folder, env });
  printed.push(result.stdout, result.stderr);
  return result;
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

beforeAll(async () => {
  cluster = await startTestCluster();
  folder = mkdtempSync(join(tmpdir(), 'sop-cli-server-'));
}, 60_000);
afterAll(() => {
  cluster?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('sop server setup and add-unit', () => {
  it('sets the schema up once; a second run says it exists and changes nothing', () => {
    const once = server(['setup', '--admin-url', cluster.adminUrl]);
    expect(once.code).toBe(0);
    expect(once.stdout).toContain('Langkah skema diterapkan: 1 register');
    const twice = server(['setup', '--admin-url', cluster.adminUrl]);
    expect([twice.code, twice.stderr]).toEqual([0, '']);
    expect(twice.stdout).toContain('Skema sudah terbaru (versi 1); tidak ada yang diubah.');
  });

  it('creates two units and the bureau, each URL the last line, and each connects', async () => {
    const names = { a: 'Dinas Kesehatan', b: 'Dinas Pendidikan', bureau: 'Bagian Organisasi' };
    for (const key of ['a', 'b', 'bureau'] as const) {
      const extra = key === 'bureau' ? ['--bureau'] : [];
      const result = server([
        'add-unit',
        '--admin-url',
        cluster.adminUrl,
        '--unit',
        names[key],
        ...extra,
      ]);
      expect([result.code, result.stderr]).toEqual([0, '']);
      logins[key] = lastLine(result.stdout);
      const password = new URL(logins[key]).password;
      expect(password.length).toBeGreaterThan(16);
      expect(result.stdout.trimEnd().split('\n').slice(0, -1).join('\n')).not.toContain(password);
      (await connectServer({ url: logins[key] })).end();
    }
    expect(new URL(logins.bureau).username).toBe('sop_bagian_organisasi');
  });

  it('says what is missing: the unit name is a usage error (exit 2)', () => {
    const result = server(['add-unit', '--admin-url', cluster.adminUrl]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Sebutkan nama unit dengan --unit.');
  });
});

describe('the register from the command line', () => {
  beforeAll(async () => {
    sopId = randomUUID();
    const document = JSON.parse(readFileSync(CORPUS, 'utf8')) as unknown;
    await asLogin(logins.a, (a) =>
      publishRevision(a, { sopId, baseId: null, name: 'Pelaporan Kasus Demam', document }),
    );
  });

  it('lists what unit B sees, as lines and as JSON, filtered by status and searched', () => {
    const lines = server(['list', '--server', logins.b]);
    expect(lines.code).toBe(0);
    expect(lines.stdout.split('\n').filter(Boolean)).toEqual([
      [sopId, 'Dinas Kesehatan', 'Pelaporan Kasus Demam', 'SOP/21', 'rev. 1', 'dikirim', ''].join(
        '\t',
      ),
    ]);
    const json = server(['list', '--server', logins.b, '--json', '--status', 'submitted']);
    const rows = JSON.parse(json.stdout) as RegisterRow[];
    expect(rows.map((r) => [r.id, r.unit, r.status, r.revision])).toEqual([
      [sopId, 'Dinas Kesehatan', 'submitted', 1],
    ]);
    expect(server(['list', '--server', logins.b, '--status', 'diterima']).stdout).toBe('');
    expect(server(['list', '--server', logins.b, '--unit', 'Dinas Pendidikan']).stdout).toBe('');
    expect(server(['list', '--server', logins.b, '--search', 'lapor']).stdout).toContain(sopId);
    expect(server(['list', '--server', logins.b, '--search', 'jembatan']).stdout).toBe('');
    const bad = server(['list', '--server', logins.b, '--status', 'selesai']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Nilai --status "selesai" tidak dikenal: pilih dikirim, submitted/);
  });

  it('refuses a unit’s review with the message, exit 1, changing nothing', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    const result = server(['review', '--server', logins.b, sopId, '--status', 'accepted']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Hanya login Bagian Organisasi yang boleh menelaah SOP.');
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });

  it('records the bureau’s review, a decree, and the book of the decree', () => {
    const returned = server(['review', '--server', logins.bureau, sopId, '--status', 'returned']);
    expect(returned.code).toBe(1);
    expect(returned.stderr).toContain('SOP yang dikembalikan perlu catatan');
    const accepted = server([
      'review',
      '--server',
      logins.bureau,
      sopId,
      '--status',
      'diterima',
      '--note',
      'Sesuai.',
    ]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('\tditerima\tSesuai.');
    const decree = server([
      ...['decree', '--server', logins.bureau, '--number', '188.4/12/2025', '--date', '2025-03-17'],
      ...['--title', 'Standar Operasional Prosedur Dinas Kesehatan', `${sopId}=IIA`],
    ]);
    expect([decree.code, decree.stderr]).toEqual([0, '']);
    expect(server(['list', '--server', logins.a]).stdout).toContain(
      '\tditetapkan (188.4/12/2025, LAMPIRAN IIA)\tSesuai.\n',
    );
    const set = JSON.parse(
      server(['list', '--server', logins.a, '--json']).stdout,
    ) as RegisterRow[];
    expect(set.map((r) => [r.status, r.decreeNumber, r.decreeDate, r.decreeNumeral])).toEqual([
      ['set', '188.4/12/2025', '2025-03-17', 'IIA'],
    ]);
    const book = server([
      ...['book', '--server', logins.bureau, '--decree', '188.4/12/2025', '-o', 'buku.pdf'],
      ...['--cover', '--issuer', 'Pemerintah Provinsi Kalimantan Tengah'],
    ]);
    expect([book.code, book.stderr]).toEqual([0, '']);
    const file = join(folder, 'buku.pdf');
    const [cover, contents, first] = [1, 2, 3].map((page) => pdfText(file, page));
    expect(cover).toContain('PEMERINTAH PROVINSI KALIMANTAN TENGAH');
    expect(cover).not.toContain('KATINGAN');
    // The numeral the decree records, on the contents page and atop the SOP, not I by position.
    expect(contents).toMatch(/LAMPIRAN IIA Pembinaan KELANA .* 3/);
    expect(first).toMatch(/LAMPIRAN IIA KEPUTUSAN NOMOR 188\.4\/12\/2025/);
    const text = pdfText(file);
    expect(text).not.toMatch(/LAMPIRAN I(?!IA)/);
    expect(text).toContain('17 Maret 2025');
    expect(pdfInfo(file).pages).toBeGreaterThan(3);
  });

  it('refuses a unit’s decree and a bad date, and an unknown decree’s book', () => {
    const unit = server([
      'decree',
      '--server',
      logins.a,
      '--number',
      '1',
      '--date',
      '2025-01-02',
      `${sopId}=I`,
    ]);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('Hanya login Bagian Organisasi yang boleh mencatat keputusan');
    const date = server([
      'decree',
      '--server',
      logins.bureau,
      '--number',
      '2',
      '--date',
      '2025-02-30',
      `${sopId}=I`,
    ]);
    expect(date.code).toBe(2);
    const missing = server(['book', '--server', logins.bureau, '--decree', '9/9', '-o', 'x.pdf']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Keputusan 9/9 tidak ada di server organisasi.');
    expect(existsSync(join(folder, 'x.pdf'))).toBe(false);
  });

  it('connects with the PG* variables when no --server is given', () => {
    const url = new URL(logins.a);
    const env = {
      PGHOST: url.hostname,
      PGPORT: url.port,
      PGDATABASE: url.pathname.slice(1),
      PGUSER: url.username,
      PGPASSWORD: decodeURIComponent(url.password),
    };
    const result = server(['list'], env);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(`${sopId}\tDinas Kesehatan`);
  });

  it('says an unreachable server in Indonesian without its password', () => {
    const result = server(['list', '--server', 'postgres://sop_x:rahasia-sekali@127.0.0.1:1/sop']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tidak dapat dihubungi');
    expect(result.stderr).not.toContain('rahasia-sekali');
  });

  it('never printed a login’s password but on add-unit’s last line', () => {
    const passwords = Object.values(logins).map((u) => new URL(u).password);
    const addUnitLines = new Set(Object.values(logins));
    const everything = printed
      .flatMap((text) => text.split('\n'))
      .filter((line) => !addUnitLines.has(line))
      .join('\n');
    for (const password of passwords) expect(everything).not.toContain(password);
  });
});
