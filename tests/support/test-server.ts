// A throw-away organisation server for the app's tests: the schema, a bureau and two units, and
// SOPs published on it with SQL as a unit's login (what a unit's publish stores).

import { randomUUID, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setupServer } from '../../electron/services/server/setup';
import { addUnit, type AddedUnit } from '../../electron/services/server/units';
import { startTestCluster, type TestCluster } from './postgres';
import { asLogin } from './server-register';

export type TestServer = {
  cluster: TestCluster;
  bureau: AddedUnit;
  unitA: AddedUnit;
  unitB: AddedUnit;
};

export async function startTestServer(): Promise<TestServer> {
  const cluster = await startTestCluster();
  const admin = { url: cluster.adminUrl };
  await setupServer(admin);
  return {
    cluster,
    bureau: await addUnit(admin, 'Bagian Organisasi', true),
    unitA: await addUnit(admin, 'Dinas Kesehatan', false),
    unitB: await addUnit(admin, 'Kecamatan Selatan', false),
  };
}

/** Publishes a corpus SOP under a new id as the login of `url`, renamed; returns its id. */
export async function publishSop(url: string, fixture: string, name: string): Promise<string> {
  const document = JSON.parse(readFileSync(`tests/fixtures/sops/${fixture}`, 'utf8')) as {
    identity: { name: string; number: string };
  };
  document.identity.name = name;
  const text = JSON.stringify(document);
  const sopId = randomUUID();
  await asLogin(url, async (client) => {
    await client.query('BEGIN');
    await client.query('INSERT INTO sop.sops (id) VALUES ($1)', [sopId]);
    await client.query(
      `INSERT INTO sop.revisions (id, sop_id, name, number, document, sha, author, note, saved_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'Penyusun', 'Dikirim ke Biro', now())`,
      [
        randomUUID(),
        sopId,
        name,
        document.identity.number,
        text,
        createHash('sha256').update(text).digest('hex'),
      ],
    );
    await client.query('COMMIT');
  });
  return sopId;
}

/** The URL without its password, as a user types it beside the password field. */
export function withoutPassword(url: string): { address: string; password: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { address: parsed.toString(), password };
}
