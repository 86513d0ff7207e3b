// `sop library …` as a real subprocess (the bundled CLI), and the library API channels through
// the same dispatcher the desktop and the preview host use.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../../electron/services/api';
import { LibrarySession } from '../../../electron/services/library/session';
import { libraryFile } from '../../../electron/services/library/data-dir';
import type { SopSummary } from '../../../shared/model/library';
import { parseSopJson } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { corpusFiles, corpusText, tempDir } from './helpers';

type Row = Pick<
  SopSummary,
  | 'id'
  | 'name'
  | 'number'
  | 'unit'
  | 'status'
  | 'approvedRevision'
  | 'unapprovedChanges'
  | 'updatedAt'
>;

function listJson(dataDir: string, ...extra: string[]): Row[] {
  const result = runSop(['library', 'list', '--json', '--data-dir', dataDir, ...extra]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Row[];
}

describe('sop library', () => {
  it('adds every corpus SOP and exports each back equal to its input', { timeout: 60_000 }, () => {
    const dataDir = tempDir();
    const out = tempDir();
    const files = corpusFiles();
    const added = runSop(['library', 'add', ...files, '--data-dir', dataDir]);
    expect(added.code).toBe(0);
    const ids = added.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]!);
    expect(ids).toHaveLength(files.length);

    const rows = listJson(dataDir);
    expect(rows).toHaveLength(files.length);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'id',
        'name',
        'number',
        'status',
        'approvedRevision',
        'unapprovedChanges',
        'unit',
        'updatedAt',
      ].sort(),
    );
    const exported = runSop(['library', 'export', ...ids, '-d', out, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    ids.forEach((id, index) => {
      const text = fs.readFileSync(path.join(out, `${id}.sop.json`), 'utf8');
      expect(text).toBe(fs.readFileSync(files[index]!, 'utf8'));
    });
    const single = path.join(out, 'satu.sop.json');
    expect(runSop(['library', 'export', ids[5]!, '-o', single, '--data-dir', dataDir]).code).toBe(
      0,
    );
    expect(fs.readFileSync(single, 'utf8')).toBe(fs.readFileSync(files[5]!, 'utf8'));
  });

  it('searches, lists with filters, shows revisions and exports to stdout', () => {
    const dataDir = tempDir();
    const file = corpusFiles()[0]!;
    const env = { SOP_DATA_DIR: dataDir };
    expect(runSop(['library', 'add', file], { env }).code).toBe(0);
    const name = parseSopJson(fs.readFileSync(file, 'utf8')).identity.name;

    const hits = runSop(['library', 'search', name.split(' ')[0]!, '--json'], { env });
    expect(hits.code).toBe(0);
    const [hit] = JSON.parse(hits.stdout) as Row[];
    expect(hit).toMatchObject({ name, status: 'draft' });
    expect(listJson(dataDir, '--status', 'approved')).toEqual([]);

    const revisions = runSop(['library', 'revisions', hit!.id, '--json'], { env });
    expect(JSON.parse(revisions.stdout)).toMatchObject([
      { number: 1, note: `Diimpor dari ${path.basename(file)}` },
    ]);
    const text = runSop(['library', 'export', hit!.id], { env });
    expect(text.stdout).toBe(fs.readFileSync(file, 'utf8'));
    expect(runSop(['library', 'list'], { env }).stdout).toContain(hit!.id);
  });

  it('reports bad input files, unknown ids and usage errors with exit codes', () => {
    const dataDir = tempDir();
    const broken = path.join(tempDir(), 'rusak.sop.json');
    fs.writeFileSync(broken, '{"format": "sop-ap",');
    const mixed = runSop(['library', 'add', broken, corpusFiles()[1]!, '--data-dir', dataDir]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/rusak\.sop\.json: Berkas bukan JSON yang sah/);
    expect(listJson(dataDir)).toHaveLength(1);

    const missing = runSop(['library', 'export', 'tidak-ada', '--data-dir', dataDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/tidak ditemukan/);
    expect(runSop(['library', 'hapus', '--data-dir', dataDir]).code).toBe(2);
    expect(runSop(['library', 'list', '--sort', 'warna', '--data-dir', dataDir]).code).toBe(2);
    expect(
      runSop(['library', 'export', 'a', '--revision', 'nol', '--data-dir', dataDir]).code,
    ).toBe(2);
  });

  it('says the library is busy while the app holds it', async () => {
    const dataDir = tempDir();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'library-holder.ts'), dataDir],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on(
          'data',
          (chunk: Buffer) => chunk.toString().includes('ready') && resolve(),
        );
        holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const result = runSop(['library', 'list', '--data-dir', dataDir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/sedang dipakai/);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('close', resolve));
    }
  });
});

describe('library API channels', () => {
  function api(dataDir = tempDir()) {
    const session = new LibrarySession(dataDir, { dailyBackup: false });
    const handlers = createApiHandlers({
      appInfo: { name: 'SOP AP Editor', version: 'test', shell: 'preview' },
      resourcesDir: path.resolve('resources'),
      library: session,
    });
    return {
      session,
      call: (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, () => {}),
    };
  }

  it('runs the use cases with validated arguments', async () => {
    const { session, call } = api();
    const doc = parseSopJson(corpusText('02-jambore-imp.sop.json'));
    const imported = await call('library:import', doc, 'jambore.sop.json');
    expect(imported.ok).toBe(true);
    const id = imported.ok ? (imported.value as { summary: SopSummary }).summary.id : '';
    expect(await call('library:export', id)).toEqual({ ok: true, value: doc });
    expect(await call('library:saveDraft', id, { format: 'lain' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await call('library:list', { sort: 'warna' })).toMatchObject({ ok: false });
    expect(await call('library:open', 'tidak-ada')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const approved = await call('library:approve', id, 'Disahkan');
    expect(approved).toMatchObject({ ok: true, value: { number: 1 } });
    const backup = await call('library:backupBytes');
    expect(backup.ok && (backup.value as Uint8Array).length).toBeGreaterThan(4096);
    await call('library:moveToBin', id);
    expect(await call('library:list')).toMatchObject({ ok: true, value: { total: 0 } });
    const restored = await call('library:restoreBytes', backup.ok ? backup.value : null);
    expect(restored.ok).toBe(true);
    expect(await call('library:list')).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await call('library:restoreBackup', '../pustaka-sop.sqlite')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    session.close();
  });

  it('reports a broken library and starts a new one only when asked', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(libraryFile(dataDir), 'bukan pustaka '.repeat(100));
    const { session, call } = api(dataDir);
    expect(await call('library:status')).toMatchObject({
      ok: true,
      value: { problem: { code: 'corrupt' } },
    });
    expect(await call('library:list')).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    const moved = await call('library:moveAsideBroken');
    expect(moved.ok).toBe(true);
    expect(await call('library:status')).toMatchObject({ ok: true, value: { problem: null } });
    expect(await call('library:list')).toMatchObject({ ok: true, value: { total: 0 } });
    session.close();
  });
});
