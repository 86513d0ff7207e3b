// The words of `sop server`: status words in Bahasa Indonesia and English, the server a
// subcommand connects to, and the usage errors (exit 2) found before any connection is made.

import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../electron/cli/command';
import { runCli } from '../../../electron/cli/main';
import {
  adminTarget,
  serverTarget,
  statusOption,
  statusWord,
} from '../../../electron/cli/commands/server-options';
import { SERVER_STATUSES } from '../../../electron/services/server/register';

async function sop(args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: process.cwd(),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sop server status words', () => {
  it('reads each status in Bahasa Indonesia or English, any case, and prints the Indonesian', () => {
    expect(statusOption('dikembalikan', SERVER_STATUSES)).toBe('returned');
    expect(statusOption('Diterima', SERVER_STATUSES)).toBe('accepted');
    expect(statusOption('set', SERVER_STATUSES)).toBe('set');
    expect(statusOption(undefined, SERVER_STATUSES)).toBeUndefined();
    expect(SERVER_STATUSES.map(statusWord)).toEqual([
      'dikirim',
      'dikembalikan',
      'diterima',
      'ditetapkan',
    ]);
  });

  it('refuses a word outside the allowed ones, naming them', () => {
    expect(() => statusOption('dikirim', ['returned', 'accepted'] as const)).toThrow(
      new CliUsageError(
        'Nilai --status "dikirim" tidak dikenal: pilih dikembalikan, returned, diterima, accepted.',
      ),
    );
  });
});

describe('sop server targets', () => {
  it('takes --server and --admin-url, else leaves the connection to the PG* variables', () => {
    expect(serverTarget({ server: 'postgres://a@h/sop' })).toEqual({ url: 'postgres://a@h/sop' });
    expect(serverTarget({})).toEqual({});
    expect(adminTarget({ 'admin-url': 'postgres://p@h/sop' })).toEqual({
      url: 'postgres://p@h/sop',
    });
    expect(adminTarget({ server: 'postgres://a@h/sop' })).toEqual({});
  });
});

describe('sop server usage errors', () => {
  it('says which action is missing or unknown, exit 2', async () => {
    const none = await sop(['server']);
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('Sebutkan tindakan: setup')]);
    const unknown = await sop(['server', 'hapus']);
    expect([unknown.code, unknown.err]).toEqual([
      2,
      expect.stringContaining('"hapus" tidak dikenal'),
    ]);
  });

  it('refuses a decree with an impossible date or an entry without its numeral', async () => {
    const date = await sop(['server', 'decree', '--number', '1', '--date', '2025-02-30', 'x=I']);
    expect([date.code, date.err]).toEqual([
      2,
      expect.stringContaining('Tanggal "2025-02-30" tidak sah'),
    ]);
    const entry = await sop(['server', 'decree', '--number', '1', '--date', '2025-02-28', 'abc']);
    expect([entry.code, entry.err]).toEqual([
      2,
      expect.stringContaining('"abc" bukan <id>=<angka lampiran>'),
    ]);
    const empty = await sop(['server', 'decree', '--number', '1', '--date', '2025-02-28']);
    expect(empty.code).toBe(2);
  });

  it('refuses a review without its result and a book without its output', async () => {
    const review = await sop(['server', 'review', 'abc']);
    expect([review.code, review.err]).toEqual([
      2,
      expect.stringContaining('--status returned|accepted'),
    ]);
    const book = await sop(['server', 'book', '--decree', '1']);
    expect([book.code, book.err]).toEqual([2, expect.stringContaining('-o <berkas.pdf>')]);
  });

  it('lists the server command in sop --help', async () => {
    const help = await sop(['--help']);
    expect(help.out).toMatch(/\n {2}server +Server organisasi \(PostgreSQL\)/);
  });
});
