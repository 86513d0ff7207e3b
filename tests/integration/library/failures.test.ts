// The library's failures as a user meets them through `sop library` and the API: a full disk, a
// read-only folder, a folder that cannot be created, another program's SQLite file, a newer
// library, refused files, a failed daily backup. Each one has its own message in Bahasa
// Indonesia, no stack trace, and leaves the files it refused byte for byte as they were.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { LibrarySession } from '../../../electron/services/library/session';
import {
  CAN_MOUNT,
  MOUNT_SKIP_REASON,
  fillUp,
  readOnlyView,
  tinyFileSystem,
} from '../../support/mounts';
import { runSop } from '../../support/run-cli';
import { corpusFiles, openTestLibrary, tempDir } from './helpers';

const STACK = /\n\s+at |SqliteError|RangeError|Error: E[A-Z]+/;

function add(dataDir: string, ...files: string[]) {
  return runSop(['library', 'add', ...files, '--data-dir', dataDir]);
}

function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('library failures through sop library', () => {
  it.skipIf(!CAN_MOUNT)(`says the disk is full, without a stack ${MOUNT_SKIP_REASON}`, () => {
    const disk = tinyFileSystem(512);
    try {
      const dataDir = path.join(disk.dir, 'data');
      expect(add(dataDir, corpusFiles()[0]!).code).toBe(0);
      fillUp(disk.dir);
      const result = add(dataDir, corpusFiles()[1]!);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Disk penuh: data tidak dapat disimpan.');
      expect(result.stderr).toContain('0 dari 1 berhasil; 1 gagal.');
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      disk.release();
    }
  });

  it.skipIf(!CAN_MOUNT)(
    `reports a read-only library as not writable, not as busy ${MOUNT_SKIP_REASON}`,
    () => {
      const dataDir = tempDir();
      expect(add(dataDir, corpusFiles()[0]!).code).toBe(0);
      const view = readOnlyView(dataDir);
      try {
        const result = runSop(['library', 'list', '--data-dir', view.dir]);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          'Pustaka SOP tidak dapat ditulis: lokasinya hanya-baca atau tanpa izin menulis. Periksa izin folder itu (atau pilih folder lain), lalu coba lagi.\n',
        );
      } finally {
        view.release();
      }
    },
  );

  it.skipIf(!CAN_MOUNT)(
    `says an export into a read-only folder cannot be written ${MOUNT_SKIP_REASON}`,
    () => {
      const dataDir = tempDir();
      const id = add(dataDir, corpusFiles()[0]!).stdout.split('\t')[0]!;
      const view = readOnlyView(tempDir());
      try {
        const target = path.join(view.dir, 'keluar.sop.json');
        const result = runSop(['library', 'export', id, '-o', target, '--data-dir', dataDir]);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          'Berkas "keluar.sop.json" tidak dapat ditulis: lokasinya hanya-baca atau tanpa izin menulis. Periksa izin folder itu (atau pilih folder lain), lalu coba lagi.\n',
        );
      } finally {
        view.release();
      }
    },
  );

  it.skipIf(!CAN_MOUNT)(
    `says a data folder on a read-only file system cannot be created ${MOUNT_SKIP_REASON}`,
    () => {
      const view = readOnlyView(tempDir());
      try {
        const dataDir = path.join(view.dir, 'baru');
        const result = runSop(['library', 'list', '--data-dir', dataDir]);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          `Folder data "${dataDir}" tidak dapat dibuat: lokasinya hanya-baca atau tanpa izin menulis. Pilih folder lain atau periksa izinnya, lalu coba lagi.\n`,
        );
      } finally {
        view.release();
      }
    },
  );

  it('says a data folder under a file cannot be created, and shows the detail only with --debug', () => {
    const file = writeFile(tempDir(), 'berkas.txt', 'bukan folder');
    const dataDir = path.join(file, 'pustaka');
    const result = runSop(['library', 'list', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Folder data "${dataDir}" tidak dapat dibuat: sebagian jalurnya adalah berkas, bukan folder. Pilih folder lain, lalu coba lagi.\n`,
    );
    const debug = runSop(['library', 'list', '--data-dir', dataDir, '--debug']);
    expect(debug.stderr).toMatch(/\[debug\] Error: ENOTDIR/);
  });

  // As root, file modes stop nobody; the command then runs as the unprivileged user "nobody".
  const AS_ROOT = process.getuid?.() === 0;
  const NOBODY = 65534;
  it.skipIf(!AS_ROOT)(
    'says a folder without permission cannot be created, and a library without it cannot be written (needs root to run as another user)',
    () => {
      const open = tempDir();
      fs.chmodSync(open, 0o755);
      const closed = path.join(open, 'tertutup');
      fs.mkdirSync(closed, { mode: 0o700 });
      const denied = runSop(['library', 'list', '--data-dir', path.join(closed, 'pustaka')], {
        uid: NOBODY,
      });
      expect(denied.code).toBe(1);
      expect(denied.stderr).toMatch(/^Folder data ".*" tidak dapat dibuat/);
      expect(denied.stderr).not.toMatch(STACK);

      const dataDir = path.join(open, 'pustaka');
      expect(add(dataDir, corpusFiles()[0]!).code).toBe(0);
      fs.chmodSync(dataDir, 0o755);
      const library = path.join(dataDir, 'pustaka-sop.sqlite');
      fs.chmodSync(library, 0o644);
      const before = fs.readFileSync(library);
      const refused = runSop(['library', 'add', corpusFiles()[1]!, '--data-dir', dataDir], {
        uid: NOBODY,
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/tidak dapat ditulis/);
      expect(refused.stderr).not.toMatch(STACK);
      expect(fs.readFileSync(library).equals(before)).toBe(true);
    },
  );

  it("refuses another program's SQLite file and leaves it byte-identical", () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'pustaka-sop.sqlite');
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec("CREATE TABLE pelanggan (nama TEXT); INSERT INTO pelanggan VALUES ('Budi')");
    other.close();
    const before = fs.readFileSync(file);
    const result = runSop(['library', 'list', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Berkas "pustaka-sop.sqlite" di folder data adalah basis data program lain, bukan pustaka SOP. Berkas dibiarkan apa adanya; pindahkan atau ganti namanya, lalu buka lagi untuk memulai pustaka baru.\n',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['pustaka-sop.sqlite']);
  });

  it('leaves a newer library in DELETE journal mode byte-identical', () => {
    const dataDir = tempDir();
    openTestLibrary(dataDir).close();
    const file = path.join(dataDir, 'pustaka-sop.sqlite');
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations VALUES (99, ?, ?, ?)').run('masa-depan', 'x', 'y');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fs.readFileSync(file);
    const result = runSop(['library', 'list', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('dibuat oleh versi aplikasi yang lebih baru');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves no folder, library or backup when every file of an add into a new folder is refused', () => {
    const dataDir = path.join(tempDir(), 'baru');
    const broken = writeFile(tempDir(), 'rusak.sop.json', '{"format": "sop-ap",');
    const result = add(dataDir, broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rusak.sop.json: Berkas bukan JSON yang sah');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('goes on after a bad file (deep nesting included) and ends with the count', () => {
    const dataDir = tempDir();
    const inputs = tempDir();
    const good = fs.readFileSync(corpusFiles()[0]!, 'utf8').trim();
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deep = writeFile(inputs, 'dalam.sop.json', good.replace(/}$/, `,"x":${nested}}`));
    const broken = writeFile(inputs, 'rusak.sop.json', '{');
    const result = add(dataDir, corpusFiles()[0]!, deep, broken, corpusFiles()[1]!);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    // Both are refused while the files are read, in the order given.
    expect(errors[0]).toMatch(
      /dalam\.sop\.json: Berkas SOP memiliki data bersarang 100\.001 tingkat/,
    );
    expect(errors[1]).toMatch(/rusak\.sop\.json: Berkas bukan JSON yang sah/);
    expect(errors[2]).toBe('2 dari 4 berhasil; 2 gagal.');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('warns on stderr, and tells the app, when the daily backup cannot be made', async () => {
    const dataDir = tempDir();
    // A file where the backup folder should be: the copy cannot be written.
    writeFile(dataDir, 'cadangan', 'bukan folder');
    const result = runSop(['library', 'list', '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Peringatan: cadangan harian tidak dibuat\. Cadangan "pustaka-harian-\d{4}-\d\d-\d\d\.sqlite" tidak dapat ditulis\./,
    );
    const session = new LibrarySession(dataDir);
    const handlers = createApiHandlers({
      appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
      resourcesDir: path.resolve('resources'),
      library: session,
    });
    try {
      const status = await dispatch(handlers, 'library:status', [], () => {});
      expect(status).toMatchObject({
        ok: true,
        value: { problem: null, backupProblem: expect.stringContaining('tidak dapat ditulis') },
      });
    } finally {
      session.close();
    }
  });

  it('lists names with control characters escaped, as text and as valid JSON', () => {
    const dataDir = tempDir();
    const doc = JSON.parse(fs.readFileSync(corpusFiles()[0]!, 'utf8')) as {
      identity: { name: string };
    };
    const name = 'Nama \x1b]0;judul\x07 \u009b31m';
    doc.identity.name = name;
    expect(add(dataDir, writeFile(tempDir(), 'nakal.sop.json', JSON.stringify(doc))).code).toBe(0);
    const text = runSop(['library', 'list', '--data-dir', dataDir]);
    expect(text.stdout.trim().split('\t').at(-1)).toBe('Nama \\x1b]0;judul\\x07 \\x9b31m');
    const json = runSop(['library', 'list', '--json', '--data-dir', dataDir]);
    // eslint-disable-next-line no-control-regex
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect((JSON.parse(json.stdout) as { name: string }[])[0]!.name).toBe(name);
  });
});
