// The SOP book of a decree as printed and read back with pdftotext: under each LAMPIRAN heading
// the decree, then NOMOR, TANGGAL (the decree's date the Indonesian way) and TENTANG on their own
// lines, from the register (`sop server book`) and from `sop book --decree --date` alike; and the
// register's unit filter offers only the units with SOPs on the server.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withServer } from '../../../electron/services/server/connection';
import { unitNames } from '../../../electron/services/server/login';
import { pdfLines } from '../pdf/poppler';
import { runSop } from '../../support/run-cli';
import { publishSop, startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
let folder: string;
const sops: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  folder = mkdtempSync(join(tmpdir(), 'sop-decree-book-'));
  const a = server.unitA.url;
  sops.push(await publishSop(a, '02-jambore-imp.sop.json', 'Jambore IMP'));
  sops.push(await publishSop(a, '03-pembentukan-poktan.sop.json', 'Pembentukan Poktan'));
}, 60_000);
afterAll(() => {
  server?.cluster.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function sop(args: string[]) {
  const result = runSop(args, { cwd: folder });
  expect([result.code, result.stderr]).toEqual([0, '']);
  return result;
}

/** The heading atop the first page of an SOP: from LAMPIRAN to the TENTANG line. */
function heading(lines: string[]): string[] {
  const start = lines.findIndex((line) => line.startsWith('LAMPIRAN '));
  const end = lines.findIndex((line, i) => i > start && line.startsWith('TENTANG '));
  return lines.slice(start, end + 1);
}

describe('the LAMPIRAN heading of a decree’s book', () => {
  it('has the decree’s NOMOR, TANGGAL and TENTANG on their own lines', () => {
    const bureau = server.bureau.url;
    for (const id of sops)
      sop(['server', 'review', '--server', bureau, id, '--status', 'accepted']);
    sop([
      ...['server', 'decree', '--server', bureau, '--number', '188.4/45/KPTS/2026'],
      ...['--date', '2026-03-04', '--title', 'Standar Operasional Prosedur Dinas Kesehatan'],
      `${sops[0]}=I`,
      `${sops[1]}=II`,
    ]);
    sop([
      ...['server', 'book', '--server', bureau, '--decree', '188.4/45/KPTS/2026'],
      ...['-o', 'buku.pdf', '--place', 'Penajam'],
    ]);
    const file = join(folder, 'buku.pdf');
    // Page 1 is the contents; the first SOP starts on page 2.
    const first = pdfLines(file, 2);
    expect(heading(first)).toEqual([
      'LAMPIRAN I',
      'KEPUTUSAN',
      'NOMOR 188.4/45/KPTS/2026',
      'TANGGAL 4 Maret 2026',
      'TENTANG STANDAR OPERASIONAL PROSEDUR DINAS KESEHATAN',
    ]);
    expect(pdfLines(file, 1).join(' ')).toMatch(/LAMPIRAN I Jambore IMP .*LAMPIRAN II/);
  });

  it('is set the same way by `sop book --decree … --date …`', () => {
    const fixture = resolve('tests/fixtures/sops/02-jambore-imp.sop.json');
    sop([
      ...['book', fixture, '-o', 'buku-lokal.pdf', '--date', '2 Januari 2026'],
      ...['--decree', 'KEPUTUSAN KEPALA DINAS NOMOR 5 TAHUN 2026 TENTANG SOP DINAS'],
    ]);
    expect(heading(pdfLines(join(folder, 'buku-lokal.pdf'), 2))).toEqual([
      'LAMPIRAN I',
      'KEPUTUSAN KEPALA DINAS',
      'NOMOR 5 TAHUN 2026',
      'TANGGAL 2 Januari 2026',
      'TENTANG SOP DINAS',
    ]);
  });
});

describe('the units the register filters by', () => {
  it('are the units with SOPs on the server, not the bureau nor a unit that sent none', async () => {
    expect(await withServer({ url: server.bureau.url }, unitNames)).toEqual(['Dinas Kesehatan']);
  });
});
