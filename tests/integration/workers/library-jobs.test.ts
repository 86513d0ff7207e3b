// The library's long jobs in the built preview host: Cadangkan and Pulihkan report progress and
// can be cancelled leaving no file behind and the library as it was; an import of many
// `.sop.json` files reads them in a worker and stores the good ones in one transaction.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSop } from '../../../shared/model';
import { callHost } from '../../support/host-api';
import { launchHost, type HostProcess } from '../../support/host-process';
import { corpusDocs, newJobId } from './helpers';

let host: HostProcess;

beforeAll(async () => {
  host = await launchHost();
});

afterAll(() => host.stop());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The corpus as files a clerk picked, `count` of them. */
function sopFiles(count: number) {
  return corpusDocs(count).map((doc, i) => ({
    name: `sop-${i + 1}.sop.json`,
    text: serializeSop(doc),
  }));
}

/** What is in the data folder besides the library and its backup folder (nothing, normally). */
function strayFiles(): string[] {
  const known = new Set(['pustaka-sop.sqlite', 'pustaka-sop.sqlite-wal', 'cadangan']);
  return fs.readdirSync(host.dataDir).filter((name) => !known.has(name));
}

function backupFolder(): string[] {
  const dir = path.join(host.dataDir, 'cadangan');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Starts a job, waits until it reports progress, cancels it; resolves with the call's error. */
async function cancelOnceRunning(start: (id: string) => Promise<unknown>): Promise<unknown> {
  const id = newJobId();
  const work = start(id).then(
    () => null,
    (error: unknown) => error,
  );
  for (let status = await callHost(host, 'job:status', id); status.state !== 'running';) {
    await pause(5);
    status = await callHost(host, 'job:status', id);
  }
  await callHost(host, 'job:cancel', id);
  return work;
}

describe('Impor .sop.json with many files', () => {
  it('stores the good files in one go and names the bad one', async () => {
    const files = sopFiles(6);
    files.splice(2, 0, { name: 'rusak.sop.json', text: '{"format": "bukan sop"' });
    const id = newJobId();
    const result = await callHost(host, 'library:importFiles', files, id);
    expect(result.imported).toHaveLength(6);
    expect(result.failed).toEqual([
      { name: 'rusak.sop.json', problem: expect.stringMatching(/JSON/) },
    ]);
    const listed = await callHost(host, 'library:list', { limit: 100 });
    expect(listed.total).toBe(6);
    const revisions = await callHost(host, 'library:revisions', result.imported[0]!.id);
    expect(revisions[0]?.note).toBe('Diimpor dari sop-1.sop.json');
  });

  it('leaves the library unchanged when the import is cancelled', async () => {
    const before = await callHost(host, 'library:list', { limit: 500 });
    const error = await cancelOnceRunning((id) =>
      callHost(host, 'library:importFiles', sopFiles(400), id),
    );
    expect(String(error)).toContain('(cancelled)');
    expect(await callHost(host, 'library:list', { limit: 500 })).toEqual(before);
  });
});

describe('Cadangkan and Pulihkan as jobs', () => {
  it('makes a backup that opens as the same library; a cancelled one leaves nothing', async () => {
    await callHost(host, 'library:importFiles', sopFiles(300));
    const total = (await callHost(host, 'library:list')).total;
    const bytes = await callHost(host, 'library:backupBytes', newJobId());
    const copy = path.join(host.dataDir, '..', `${path.basename(host.dataDir)}-salinan.sqlite`);
    fs.writeFileSync(copy, bytes);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM sops').get()).toEqual({ n: total });
    db.close();
    fs.rmSync(copy);

    // A backup of a few MB is done within milliseconds, so the cancel is sent first here (the
    // host keeps it for the call); a cancel between steps is tested in library/backup.test.ts.
    const id = newJobId();
    await callHost(host, 'job:cancel', id);
    await expect(callHost(host, 'library:backupBytes', id)).rejects.toThrow('(cancelled)');
    expect(strayFiles()).toEqual([]);
  });

  it('a cancelled restore keeps the library and leaves no staged or safety file', async () => {
    const before = await callHost(host, 'library:list', { limit: 500 });
    const copies = backupFolder();
    // The transport builds bytes on a plain ArrayBuffer, as library:restoreBytes wants.
    const bytes = (await callHost(host, 'library:backupBytes')) as Uint8Array<ArrayBuffer>;
    await callHost(host, 'library:moveToBin', before.items[0]!.id);
    const changed = await callHost(host, 'library:list', { limit: 500 });

    const error = await cancelOnceRunning((id) =>
      callHost(host, 'library:restoreBytes', bytes, id),
    );
    expect(String(error)).toContain('(cancelled)');
    expect(await callHost(host, 'library:list', { limit: 500 })).toEqual(changed);
    expect(strayFiles()).toEqual([]);
    expect(backupFolder()).toEqual(copies);

    // Not cancelled, the same restore brings the SOP back and keeps a copy of what it replaced.
    const safety = await callHost(host, 'library:restoreBytes', bytes, newJobId());
    expect(safety.file).toMatch(/^pustaka-sebelum-pemulihan-.*\.sqlite$/);
    expect(await callHost(host, 'library:list', { limit: 500 })).toEqual(before);
    expect(strayFiles()).toEqual([]);
  });
});
