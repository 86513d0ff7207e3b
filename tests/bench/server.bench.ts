// The organisation server, on a throw-away PostgreSQL cluster started by each case. Publishing:
// 100 SOPs (one saved revision each) from a library, one transaction per SOP (≤ 2 s); every run
// sends a library of its own, made in the setup, so each run really sends 100 SOPs. Tarik
// pembaruan: another PC of the unit pulls those 100 SOPs, each run into an empty library.

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

/** The cluster, the schema and one unit's login. */
async function startServer(unit: string): Promise<void> {
  cluster = await startTestCluster();
  await setupServer({ url: cluster.adminUrl });
  target = { url: (await addUnit({ url: cluster.adminUrl }, unit, false)).url };
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-bench-server-'));
}

/** A library at `name` in the bench's folder holding 100 SOPs, each saved once. */
function filledLibrary(name: string, docs: readonly SopDocument[]): Library {
  const library = openLibrary(path.join(folder, name), { dailyBackup: false });
  library.importDocuments(
    Array.from({ length: SOPS }, (_, i) => ({
      document: docs[i % docs.length]!,
      source: `bench-${i}`,
    })),
  );
  return library;
}

/** One library per run (and the warm-up), each of 100 SOPs saved once. */
async function setupPublish(): Promise<void> {
  await startServer('Dinas Uji Kinerja');
  const docs = corpus();
  for (let n = 0; n <= RUNS; n++) libraries.push(filledLibrary(`pc-${n}`, docs));
}

async function publishNext(): Promise<void> {
  const library = libraries.shift();
  if (!library) throw new Error('no library left to publish');
  const outcomes = await library.publishToServer(target, 'all');
  library.close();
  const sent = outcomes.filter((o) => o.state === 'sent').length;
  if (sent !== SOPS) throw new Error(`${sent} of ${SOPS} SOPs sent`);
}

/** 100 SOPs published by one PC; an empty library per run (and the warm-up) to pull them into. */
async function setupPull(): Promise<void> {
  await startServer('Dinas Uji Tarik');
  const source = filledLibrary('publisher', corpus());
  const sent = (await source.publishToServer(target, 'all')).filter((o) => o.state === 'sent');
  source.close();
  if (sent.length !== SOPS) throw new Error(`${sent.length} of ${SOPS} SOPs published`);
  for (let n = 0; n <= RUNS; n++) {
    libraries.push(openLibrary(path.join(folder, `pull-${n}`), { dailyBackup: false }));
  }
}

async function pullNext(): Promise<void> {
  const library = libraries.shift();
  if (!library) throw new Error('no library left to pull into');
  const outcome = await library.pullFromServer(target);
  const added = library.list().total;
  library.close();
  if (added !== SOPS || outcome.revisions.length !== SOPS) {
    throw new Error(`${outcome.revisions.length} SOPs pulled, ${added} in the library`);
  }
}

function removeServer(): void {
  for (const library of libraries.splice(0)) library.close();
  cluster?.remove();
  cluster = undefined;
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}

export const benches: Bench[] = [
  {
    name: 'publish 100 SOPs to the organisation server',
    runs: RUNS,
    setup: setupPublish,
    run: publishNext,
    teardown: removeServer,
    limits: { runMs: 2_000 },
  },
  {
    name: 'pull 100 published SOPs into an empty library',
    runs: RUNS,
    setup: setupPull,
    run: pullNext,
    teardown: removeServer,
  },
];
