// Publishing a library to the organisation server and pulling back, on a throw-away PostgreSQL
// cluster with real SQLite libraries: nothing duplicated on a resend, a stale revision refused and
// then pulled in with its differences, the bureau's review pulled, and the outbox kept while the
// server is down and sent when it is back. Each test works as its own unit.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/services/library/library';
import { connectServer } from '../../../electron/services/server/connection';
import { STALE_REVISION_MESSAGE } from '../../../electron/services/server/errors';
import { reviewSop } from '../../../electron/services/server/register';
import { setupServer } from '../../../electron/services/server/setup';
import { serverSopId } from '../../../electron/services/server/sop-id';
import { addUnit } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { sopErrorOf } from '../../support/sop-error';
import { runSop } from '../../support/run-cli';
import { openTestLibrary, tempDir } from '../library/helpers';
import { fillLibrary, localHistory, revisionCounts, serverHistory } from './publish-helpers';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
  await setupServer({ url: cluster.adminUrl });
}, 60_000);
afterAll(() => cluster?.remove());

async function unitTarget(name: string, bureau = false) {
  return { url: (await addUnit({ url: cluster.adminUrl }, name, bureau)).url };
}

function totalRevisions(library: Library, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + library.revisions(id).length, 0);
}

describe('publish', () => {
  it('sends 15 corpus SOPs once: publishing again duplicates nothing', async () => {
    const target = await unitTarget('Dinas Satu');
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const ids = fillLibrary(library, 15);
    const progress: number[] = [];
    const first = await library.publishToServer(target, 'all', {
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(first.map((o) => o.state)).toEqual(ids.map(() => 'sent'));
    expect(first.reduce((sum, o) => sum + o.sent, 0)).toBe(totalRevisions(library, ids));
    expect(progress.at(-1)).toBe(1);
    const again = await library.publishToServer(target, 'all');
    expect(again.map((o) => [o.state, o.sent, o.message])).toEqual(
      ids.map(() => ['up-to-date', 0, 'sudah ada di server']),
    );
    const counts = await revisionCounts(cluster.adminUrl, 'Dinas Satu');
    expect(counts).toEqual({
      total: totalRevisions(library, ids),
      distinct: counts.total,
      sops: 15,
    });
    for (const status of library.serverStatuses().values()) {
      expect(status).toMatchObject({ state: 'submitted', unsent: 0, lastMessage: '' });
    }
    library.close();
    expect(await serverHistory(cluster.adminUrl, 'Dinas Satu')).toEqual(localHistory(dir));
  });

  it('sends the outbox once when two sends start together', async () => {
    const target = await unitTarget('Dinas Serentak');
    const library = openTestLibrary(tempDir());
    const ids = fillLibrary(library, 3);
    const [publish, outbox] = await Promise.all([
      library.publishToServer(target, 'all'),
      library.sendOutbox(target),
    ]);
    expect(publish.map((o) => o.state)).toEqual(ids.map(() => 'sent'));
    expect(outbox).toEqual([]);
    const counts = await revisionCounts(cluster.adminUrl, 'Dinas Serentak');
    expect(counts.total).toBe(totalRevisions(library, ids));
  });

  it('refuses a stale revision from a second PC, and pull brings the newer one in', async () => {
    const target = await unitTarget('Dinas Dua');
    const pcA = openTestLibrary(tempDir(), { author: 'ani' });
    const [id] = fillLibrary(pcA, 2);
    await pcA.publishToServer(target, 'all');
    const pcB = openTestLibrary(tempDir(), { author: 'budi' });
    const first = await pcB.pullFromServer(target);
    expect(first.revisions.map((r) => r.id).sort()).toEqual(
      pcA
        .list()
        .items.map((s) => s.id)
        .sort(),
    );
    expect(pcB.open(id!).document).toEqual(pcA.open(id!).document);

    const docA = pcA.open(id!).document;
    pcA.saveDraft(id!, { ...docA, identity: { ...docA.identity, name: 'Versi PC A' } });
    pcA.saveRevision(id!, 'dari A');
    expect((await pcA.publishToServer(target, [id!]))[0]).toMatchObject({ state: 'sent', sent: 1 });

    const docB = pcB.open(id!).document;
    pcB.saveDraft(id!, { ...docB, identity: { ...docB.identity, number: 'B-1' } });
    pcB.saveRevision(id!, 'dari B');
    const refused = await pcB.publishToServer(target, [id!]);
    expect(refused).toEqual([
      expect.objectContaining({ id, state: 'stale', sent: 0, message: STALE_REVISION_MESSAGE }),
    ]);
    expect(pcB.serverStatus(id!)).toMatchObject({
      state: 'queued',
      unsent: 1,
      lastMessage: STALE_REVISION_MESSAGE,
    });

    const pulled = await pcB.pullFromServer(target);
    const newest = pcB.revisions(id!)[0]!;
    // The draft (B's number, A's old name) differs from A's revision in the name and the number.
    expect(pulled.revisions).toEqual([
      { id, name: 'Versi PC A', revision: newest.number, differences: 2 },
    ]);
    expect(newest).toMatchObject({ note: 'Dari server organisasi: dari A' });
    expect(newest.author).toMatch(/^sop_dinas_dua$/);
    expect(pcB.openRevision(id!, newest.number).document.identity.name).toBe('Versi PC A');
    expect(pcB.open(id!).document.identity.number).toBe('B-1');
    expect(pcB.serverStatus(id!)).toMatchObject({ state: 'submitted', unsent: 0 });

    pcB.saveRevision(id!, 'B atas A');
    expect((await pcB.publishToServer(target, [id!]))[0]).toMatchObject({ state: 'sent', sent: 1 });
    const onServer = (await serverHistory(cluster.adminUrl, 'Dinas Dua')).get(serverSopId(id!));
    // The first three revisions, A's and B's last: B's stale one was never sent.
    expect(onServer).toHaveLength(5);
    expect(pcB.serverStatus(id!)).toMatchObject({ state: 'submitted', unsent: 0 });
  });

  it('pulls the bureau review: status, note, who and when', async () => {
    const target = await unitTarget('Dinas Tiga');
    const bureau = await unitTarget('Bagian Organisasi Tiga', true);
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const [returned, accepted] = fillLibrary(library, 3);
    await library.publishToServer(target, 'all');
    const client = await connectServer(bureau);
    try {
      await reviewSop(client, returned!, 'returned', 'Dasar hukum belum lengkap');
      await reviewSop(client, accepted!, 'accepted', '');
    } finally {
      await client.end();
    }
    // Batal before the pull is applied: nothing of it reaches the library.
    const cancelled = await sopErrorOf(
      library.pullFromServer(target, { signal: AbortSignal.abort() }),
    );
    expect(cancelled.code).toBe('cancelled');
    expect(library.serverStatus(returned!)).toMatchObject({ state: 'submitted', note: '' });
    const pulled = await library.pullFromServer(target);
    expect(pulled.revisions).toEqual([]);
    expect(pulled.updated.map((u) => [u.id, u.status]).sort()).toEqual(
      [
        [returned, 'returned'],
        [accepted, 'accepted'],
      ].sort(),
    );
    const status = library.serverStatus(returned!);
    expect(status).toMatchObject({
      state: 'returned',
      note: 'Dasar hukum belum lengkap',
      reviewedBy: 'Bagian Organisasi Tiga',
    });
    expect(Date.parse(status.reviewedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect((await library.pullFromServer(target)).updated).toEqual([]);
  });

  it('pulls in steps with progress; Batal between the steps leaves the library as it was', async () => {
    const target = await unitTarget('Dinas Tarik');
    const pcA = openTestLibrary(tempDir());
    const ids = fillLibrary(pcA, 15);
    await pcA.publishToServer(target, 'all');
    const revisions = totalRevisions(pcA, ids);
    expect(revisions).toBeGreaterThan(20);

    const pcB = openTestLibrary(tempDir());
    const stop = new AbortController();
    const cancelled = await sopErrorOf(
      pcB.pullFromServer(target, {
        signal: stop.signal,
        onProgress: (done) => done > 0 && stop.abort(),
      }),
    );
    expect(cancelled.code).toBe('cancelled');
    expect(pcB.list().total).toBe(0);

    const progress: [number, number][] = [];
    const pulled = await pcB.pullFromServer(target, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(pulled.revisions.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(totalRevisions(pcB, ids)).toBe(revisions);
    // Every revision fetched counts, then the local transaction as the last step.
    const total = revisions + 1;
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([0, 20, revisions, total]);
  });

  it('keeps the outbox while the server is down and sends it when it is back', async () => {
    const target = await unitTarget('Dinas Empat');
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const ids = fillLibrary(library, 15);
    let outcomes;
    try {
      outcomes = await library.publishToServer(target, 'all', {
        onProgress: (done) => {
          if (done === 4) cluster.stop();
        },
      });
    } finally {
      cluster.start();
    }
    expect(outcomes.slice(0, 4).map((o) => o.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const failed = outcomes.slice(4);
    expect(failed.map((o) => o.state)).toEqual(ids.slice(4).map(() => 'failed'));
    expect(failed[0]!.message).toMatch(/tidak dapat dihubungi|berhenti/);
    expect(library.serverStatus(ids[5]!)).toMatchObject({ state: 'queued' });
    expect(library.serverStatus(ids[5]!).lastMessage).toBe(failed[1]!.message);

    const sent = await library.sendOutbox(target);
    expect(sent.map((o) => o.id)).toEqual(ids.slice(4));
    expect(sent.map((o) => o.state)).toEqual(ids.slice(4).map(() => 'sent'));
    expect(await library.sendOutbox(target)).toEqual([]);
    library.close();
    expect(await serverHistory(cluster.adminUrl, 'Dinas Empat')).toEqual(localHistory(dir));
  }, 60_000);
});

describe('Kirim ke Biro cancelled', () => {
  it('stops between SOPs: those sent are whole on the server, the rest wait in the outbox', async () => {
    const target = await unitTarget('Dinas Enam');
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const ids = fillLibrary(library, 6);
    const controller = new AbortController();
    const error = await sopErrorOf(
      library.publishToServer(target, 'all', {
        signal: controller.signal,
        onProgress: (done) => done === 2 && controller.abort(),
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/2 SOP sudah terkirim utuh/);
    const onServer = await serverHistory(cluster.adminUrl, 'Dinas Enam');
    expect([...onServer.keys()]).toHaveLength(2);
    expect(ids.slice(2).map((id) => library.serverStatus(id).state)).toEqual(
      ids.slice(2).map(() => 'queued'),
    );
    expect((await library.sendOutbox(target)).map((o) => o.state)).toEqual(
      ids.slice(2).map(() => 'sent'),
    );
    library.close();
    const local = localHistory(dir);
    // Each SOP sent before the cancel was whole: all its revisions, as the library has them.
    for (const [sop, revisions] of onServer) expect(revisions).toEqual(local.get(sop));
    expect(await serverHistory(cluster.adminUrl, 'Dinas Enam')).toEqual(local);
  });
});

describe('sop library publish and pull', () => {
  it('prints a line per SOP, exits 1 when the server is unreachable, and prints the review', async () => {
    const target = await unitTarget('Dinas Lima');
    const bureau = await unitTarget('Bagian Organisasi Lima', true);
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const [id] = fillLibrary(library, 2);
    library.close();
    const args = ['library', 'publish', '--data-dir', dir];
    const down = runSop([...args, '--server', 'postgres://x:y@127.0.0.1:1/sop', '--all']);
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(new RegExp(`^${id}\tgagal: .*tidak dapat dihubungi`, 'm'));
    const up = runSop([...args, '--server', target.url, '--all']);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(new RegExp(`^${id}\tdikirim 3 revisi\t`, 'm'));
    expect(runSop([...args, '--server', target.url, id!]).stdout).toMatch(/sudah ada di server/);
    expect(runSop([...args, '--server', target.url]).code).toBe(2);

    const client = await connectServer(bureau);
    await reviewSop(client, id!, 'returned', 'Lengkapi mutu baku').finally(() => client.end());
    const pull = runSop(['library', 'pull', '--data-dir', dir, '--server', target.url]);
    expect(pull.code).toBe(0);
    expect(pull.stdout).toMatch(
      new RegExp(
        `^${id}\tdikembalikan\t.*oleh Bagian Organisasi Lima .*catatan: Lengkapi mutu baku`,
        'm',
      ),
    );
    expect(pull.stdout).toMatch(/pembaruan ditarik\.$/m);
  }, 60_000);
});
