// `sop library publish` killed (SIGKILL) at random moments, a dozen times, then run to the end:
// every revision is on the server exactly once, and at every moment each SOP's revisions on the
// server are a prefix of its local history (one transaction per SOP: nothing partial).

import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from '../../../electron/services/server/setup';
import { addUnit } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { seededRandom } from '../../support/random';
import { CLI, runSop } from '../../support/run-cli';
import { openTestLibrary, tempDir } from '../library/helpers';
import { fillLibrary, localHistory, revisionCounts, serverHistory } from './publish-helpers';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
  await setupServer({ url: cluster.adminUrl });
}, 60_000);
afterAll(() => cluster?.remove());

/** Starts a publish and kills it after `delay` ms; resolves when the process is gone. */
function publishKilledAfter(args: string[], delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function addRevisions(dir: string, ids: string[], random: () => number, round: number): void {
  const library = openTestLibrary(dir);
  for (let n = 0; n < 5; n++) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const doc = library.open(id).document;
    library.saveDraft(id, { ...doc, identity: { ...doc.identity, number: `K-${round}-${n}` } });
    library.saveRevision(id, `putaran ${round}`);
  }
  library.close();
}

function expectPrefixes(server: Map<string, string[]>, local: Map<string, string[]>): void {
  for (const [sop, revisions] of server) {
    expect(local.get(sop)?.slice(0, revisions.length)).toEqual(revisions);
  }
}

describe('publish killed at random moments', () => {
  it('leaves every revision on the server exactly once and no SOP partial', async () => {
    const unit = await addUnit({ url: cluster.adminUrl }, 'Dinas Tahan Banting', false);
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const ids = fillLibrary(library, 15);
    library.close();
    const args = ['library', 'publish', '--data-dir', dir, '--server', unit.url, '--all'];
    // The moments fall around the end of the command's start, when the sending begins.
    const started = Date.now();
    runSop(['library', 'list', '--data-dir', dir]);
    const startup = Date.now() - started;
    const random = seededRandom(15);
    for (let kill = 0; kill < 12; kill++) {
      // Every round has new revisions to send: five SOPs changed and saved.
      addRevisions(dir, ids, random, kill);
      await publishKilledAfter(args, Math.round(startup * (0.8 + random() * 0.6)));
      expectPrefixes(await serverHistory(cluster.adminUrl, unit.unit), localHistory(dir));
    }
    const local = localHistory(dir);
    const last = runSop(args);
    expect(last.stderr).toBe('');
    expect(last.code).toBe(0);
    expect(await serverHistory(cluster.adminUrl, unit.unit)).toEqual(local);
    const counts = await revisionCounts(cluster.adminUrl, unit.unit);
    expect(counts.distinct).toBe(counts.total);
    expect(runSop(args).stdout).not.toMatch(/dikirim/);
  }, 120_000);
});
