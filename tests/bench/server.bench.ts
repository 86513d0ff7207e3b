// Publishing to the organisation server: 100 SOPs (one saved revision each) from a library to a
// throw-away PostgreSQL cluster started by the bench, one transaction per SOP (≤ 2 s). Every
// run sends a library of its own, made in the setup, so each run really sends 100 SOPs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SopDocument } from '../../shared/model';
import { parseSopJson } from '../../shared/model';
import type { Library } from '../../electron/services/library/library';
import { openLibrary } from '../../electron/services/library/library';
import type { ServerTarget } from '../../electron/services/server/connection';
import { setupServer } from '../../electron/services/server/setup';
import { addUnit } from '../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../support/postgres';
import type { Bench } from './harness';

const SOPS = 100;
const RUNS = 5;
const corpusDir = new URL('../fixtures/sops/', import.meta.url);

let cluster: TestCluster | undefined;
let target: ServerTarget = {};
let folder = '';
const libraries: Library[] = [];

function corpus(): SopDocument[] {
  return fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => parseSopJson(fs.readFileSync(new URL(name, corpusDir), 'utf8')));
}

/** One library per run (and the warm-up), each of 100 SOPs saved once. */
async function setup(): Promise<void> {
  cluster = await startTestCluster();
  await setupServer({ url: cluster.adminUrl });
  target = { url: (await addUnit({ url: cluster.adminUrl }, 'Dinas Uji Kinerja', false)).url };
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-bench-publish-'));
  const docs = corpus();
  for (let n = 0; n <= RUNS; n++) {
    const library = openLibrary(path.join(folder, `pc-${n}`), { dailyBackup: false });
    library.importDocuments(
      Array.from({ length: SOPS }, (_, i) => ({
        document: docs[i % docs.length]!,
        source: `bench-${i}`,
      })),
    );
    libraries.push(library);
  }
}

async function publishNext(): Promise<void> {
  const library = libraries.shift();
  if (!library) throw new Error('no library left to publish');
  const outcomes = await library.publishToServer(target, 'all');
  library.close();
  const sent = outcomes.filter((o) => o.state === 'sent').length;
  if (sent !== SOPS) throw new Error(`${sent} of ${SOPS} SOPs sent`);
}

export const benches: Bench[] = [
  {
    name: 'publish 100 SOPs to the organisation server',
    runs: RUNS,
    setup,
    run: publishNext,
    teardown: () => {
      for (const library of libraries.splice(0)) library.close();
      cluster?.remove();
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    },
    limits: { runMs: 2_000 },
  },
];
