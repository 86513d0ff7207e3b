// `sop server setup` and `add-unit` against a real PostgreSQL (a throw-away cluster): the schema
// twice, the roles and the logins, and the refusals of a login's connection.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectServer } from '../../../electron/services/server/connection';
import { SERVER_MIGRATIONS } from '../../../electron/services/server/migrations';
import { setupServer } from '../../../electron/services/server/setup';
import { addUnit, unitLogin } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { sopErrorOf } from '../../support/sop-error';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
}, 60_000);
afterAll(() => cluster?.remove());

async function adminQuery<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('sop server setup', () => {
  it('creates the schema once and is idempotent', async () => {
    const first = await setupServer({ url: cluster.adminUrl });
    expect(first.applied).toEqual(SERVER_MIGRATIONS.map((m) => `${m.id} ${m.name}`));
    const second = await setupServer({ url: cluster.adminUrl });
    expect(second.applied).toEqual([]);
    const tables = await adminQuery<{ t: string; owner: string }>(
      "SELECT tablename AS t, tableowner AS owner FROM pg_tables WHERE schemaname = 'sop' ORDER BY 1",
    );
    expect(tables.map((t) => t.t)).toEqual([
      'decree_sops',
      'decrees',
      'reviews',
      'revisions',
      'schema_migrations',
      'sops',
      'units',
    ]);
    expect(new Set(tables.map((t) => t.owner))).toEqual(new Set(['sop_owner']));
    const rls = await adminQuery<{ t: string }>(
      "SELECT relname AS t FROM pg_class WHERE relnamespace = 'sop'::regnamespace AND relkind = 'r' AND NOT relrowsecurity ORDER BY 1",
    );
    expect(rls.map((r) => r.t)).toEqual(['schema_migrations']);
  });

  it('refuses a server whose schema is newer than the app, changing nothing', async () => {
    await setupServer({ url: cluster.adminUrl });
    await adminQuery(
      `INSERT INTO sop.schema_migrations (id, name, checksum) VALUES (${SERVER_MIGRATIONS.length + 1}, 'future', 'x')`,
    );
    try {
      const error = await sopErrorOf(setupServer({ url: cluster.adminUrl }));
      expect(error.code).toBe('incompatible');
      const unit = await addUnitOrError();
      expect(unit.code).toBe('incompatible');
      expect(unit.message).toMatch(/Perbarui SOP AP Editor/);
    } finally {
      await adminQuery(
        `DELETE FROM sop.schema_migrations WHERE id = ${SERVER_MIGRATIONS.length + 1}`,
      );
    }
  });
});

async function addUnitOrError() {
  return sopErrorOf(addUnit({ url: cluster.adminUrl }, 'Dinas Masa Depan', false));
}

describe('sop server add-unit', () => {
  it('creates least-privilege logins that connect, and a new password on a second run', async () => {
    await setupServer({ url: cluster.adminUrl });
    const a = await addUnit({ url: cluster.adminUrl }, 'Dinas Kesehatan', false);
    const bureau = await addUnit({ url: cluster.adminUrl }, 'Bagian Organisasi', true);
    expect(a.login).toBe('sop_dinas_kesehatan');
    expect(new URL(a.url).username).toBe('sop_dinas_kesehatan');
    const roles = await adminQuery<{
      rolname: string;
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
      rolbypassrls: boolean;
    }>(
      "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname IN ('sop_dinas_kesehatan', 'sop_bagian_organisasi')",
    );
    expect(roles).toHaveLength(2);
    for (const role of roles)
      expect([role.rolsuper, role.rolcreaterole, role.rolcreatedb, role.rolbypassrls]).toEqual([
        false,
        false,
        false,
        false,
      ]);
    const client = await connectServer({ url: a.url });
    const units = await client.query<{ name: string; bureau: boolean }>(
      'SELECT name, bureau FROM sop.units ORDER BY name',
    );
    await client.end();
    expect(units.rows).toEqual([
      { name: 'Bagian Organisasi', bureau: true },
      { name: 'Dinas Kesehatan', bureau: false },
    ]);
    expect(bureau.bureau).toBe(true);
    const again = await addUnit({ url: cluster.adminUrl }, 'Dinas Kesehatan', false);
    expect(again.url).not.toBe(a.url);
    expect((await sopErrorOf(connectServer({ url: a.url }))).code).toBe('denied');
    (await connectServer({ url: again.url })).end();
    // The desktop keeps the password apart from the URL (in the OS keychain).
    const bare = new URL(again.url);
    const password = decodeURIComponent(bare.password);
    bare.password = '';
    await (await connectServer({ url: bare.toString(), password })).end();
  });

  it('names logins from the unit and refuses a name without letters', async () => {
    expect(unitLogin('Kecamatan Cibinong (Kab. Bogor)')).toBe('sop_kecamatan_cibinong_kab_bogor');
    expect(unitLogin('Dinas Pendidikan & Kebudayaan')).toBe('sop_dinas_pendidikan_kebudayaan');
    expect(() => unitLogin('---')).toThrow(/huruf atau angka/);
  });

  it('says the server cannot be reached in Indonesian', async () => {
    const error = await sopErrorOf(connectServer({ url: 'postgres://x:y@127.0.0.1:1/sop' }));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/tidak dapat dihubungi/);
  });
});
