// `sop library publish` killed (SIGKILL) a dozen times while the server holds its transaction open,
// then run to the end: every revision is on the server exactly once, and at every moment each
// SOP's revisions on the server are a prefix of its local history (one transaction per SOP:
// nothing partial). How many kills cut a transaction is counted from the server's side.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from '../../../electron/services/server/setup';
import { addUnit } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { seededRandom } from '../../support/random';
import { runSop } from '../../support/run-cli';
import { openTestLibrary, tempDir } from '../library/helpers';
import { cutInsideTransaction, killInsideTransaction } from './kill-watch';
import { fillLibrary, localHistory, revisionCounts, serverHistory } from './publish-helpers';

/** Kills that must cut a transaction open on the server (a kill may land just after a COMMIT). */
const CUTS = 12;
const MAX_ROUNDS = 40;
/** SOPs changed per round, each saved this many times: every SOP's send is a sizeable INSERT. */
const CHANGED_SOPS = 8;
const REVISIONS_EACH = 6;
/** The kill falls on one of the first few SOPs' transactions, chosen at random. */
const TARGETS = 4;

let cluster: TestCluster;
let admin: pg.Client;

beforeAll(async () => {
  cluster = await startTestCluster();
  await setupServer({ url: cluster.adminUrl });
  admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
}, 60_000);
afterAll(async () => {
  await admin?.end();
  cluster?.remove();
});

function addRevisions(dir: string, ids: string[], random: () => number, round: number): void {
  const library = openTestLibrary(dir);
  for (let n = 0; n < CHANGED_SOPS; n++) {
    const id = ids[Math.floor(random() * ids.length)]!;
    for (let saved = 0; saved < REVISIONS_EACH; saved++) {
      const doc = library.open(id).document;
      const number = `K-${round}-${n}-${saved}`;
      library.saveDraft(id, { ...doc, identity: { ...doc.identity, number } });
      library.saveRevision(id, `putaran ${round}`);
    }
  }
  library.close();
}

function expectPrefixes(server: Map<string, string[]>, local: Map<string, string[]>): void {
  for (const [sop, revisions] of server) {
    expect(local.get(sop)?.slice(0, revisions.length)).toEqual(revisions);
  }
}

describe('publish killed while its transaction is open', () => {
  it('leaves every revision on the server exactly once and no SOP partial', async () => {
    const unit = await addUnit({ url: cluster.adminUrl }, 'Dinas Tahan Banting', false);
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const ids = fillLibrary(library, 15);
    library.close();
    const args = ['library', 'publish', '--data-dir', dir, '--server', unit.url, '--all'];
    const random = seededRandom(15);
    let cuts = 0;
    let round = 0;
    for (; cuts < CUTS && round < MAX_ROUNDS; round++) {
      // Every round has new revisions to send: several SOPs changed and saved several times.
      addRevisions(dir, ids, random, round);
      const kill = await killInsideTransaction(admin, args, Math.floor(random() * TARGETS));
      if (kill.killed && (await cutInsideTransaction(admin, kill.seen))) cuts++;
      expectPrefixes(await serverHistory(cluster.adminUrl, unit.unit), localHistory(dir));
    }
    expect(cuts).toBe(CUTS);
    const local = localHistory(dir);
    const last = runSop(args);
    expect(last.stderr).toBe('');
    expect(last.code).toBe(0);
    expect(await serverHistory(cluster.adminUrl, unit.unit)).toEqual(local);
    const counts = await revisionCounts(cluster.adminUrl, unit.unit);
    expect(counts.distinct).toBe(counts.total);
    expect(runSop(args).stdout).not.toMatch(/dikirim/);
  }, 180_000);
});
