// TLS to the organisation server: a unit's URL with `sslmode=verify-full&sslrootcert=<ca>`
// connects encrypted to a server whose certificate that CA signed; another CA is refused with the
// certificate message; asking for TLS from a server without it says so.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectServer, withServer } from '../../../electron/services/server/connection';
import { setupServer } from '../../../electron/services/server/setup';
import { addUnit, type AddedUnit } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { sopErrorOf } from '../../support/sop-error';

let cluster: TestCluster;
let unit: AddedUnit;
let folder: string;

beforeAll(async () => {
  cluster = await startTestCluster({ tls: true });
  folder = mkdtempSync(join(tmpdir(), 'sop-tls-'));
  await setupServer({ url: cluster.adminUrl });
  unit = await addUnit({ url: cluster.adminUrl }, 'Kecamatan Cibinong', false);
}, 60_000);
afterAll(() => {
  cluster?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The unit's URL to `localhost` (the name in the certificate), verifying against `caFile`. */
function verifyingUrl(caFile: string): string {
  const url = new URL(unit.url);
  url.hostname = 'localhost';
  url.searchParams.set('sslmode', 'verify-full');
  url.searchParams.set('sslrootcert', caFile);
  return url.toString();
}

function otherCa(): string {
  const file = (name: string) => join(folder, name);
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-subj', '/CN=Other CA', '-keyout', file('other.key'), '-out', file('other.crt')],
    ],
    { stdio: 'pipe' },
  );
  return file('other.crt');
}

describe('TLS to the organisation server', () => {
  it('connects with verify-full and the server’s CA, encrypted', async () => {
    const ssl = await withServer({ url: verifyingUrl(cluster.caFile!) }, async (client) => {
      const found = await client.query<{ ssl: boolean }>(
        'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
      );
      return found.rows[0]?.ssl;
    });
    expect(ssl).toBe(true);
  });

  it('refuses a server certificate signed by another CA, with the certificate message', async () => {
    const error = await sopErrorOf(connectServer({ url: verifyingUrl(otherCa()) }));
    expect(error.code).toBe('denied');
    expect(error.message).toMatch(/Sertifikat server organisasi .* tidak dapat dipercaya/);
    expect(error.message).not.toContain(new URL(unit.url).password);
  });
});

describe('TLS asked of a server without it', () => {
  let plain: TestCluster;
  beforeAll(async () => {
    plain = await startTestCluster();
    await setupServer({ url: plain.adminUrl });
  }, 60_000);
  afterAll(() => plain?.remove());

  it('says the server does not accept encrypted connections', async () => {
    const url = new URL(plain.adminUrl);
    url.searchParams.set('sslmode', 'require');
    const error = await sopErrorOf(connectServer({ url: url.toString() }));
    expect(error.code).toBe('denied');
    expect(error.message).toMatch(/tidak menerima koneksi terenkripsi \(TLS\)/);
  });
});
