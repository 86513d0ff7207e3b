// `sop server setup` (docs/server.md, "Setting up"): creates or brings up to date, in the database
// of the admin URL, the roles, the schema `sop` with its tables and policies, and the record of
// applied schema steps. Idempotent; a database with a newer or different schema is refused
// unchanged. The schema belongs to the role `sop_owner` (no login), never to a login.

import { createHash } from 'node:crypto';
import { SopError } from '../../../shared/errors';
import { connectRaw, inTransaction, type ServerClient, type ServerTarget } from './connection';
import { serverError } from './errors';
import { SERVER_MIGRATIONS, type ServerMigration } from './migrations';

export type SetupResult = { database: string; applied: string[]; version: number };

export const OWNER_ROLE = 'sop_owner';
export const UNIT_ROLE = 'sop_unit';
export const BUREAU_ROLE = 'sop_bureau';

export function serverMigrationChecksum(migration: ServerMigration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export async function setupServer(admin: ServerTarget): Promise<SetupResult> {
  const client = await connectRaw(admin);
  try {
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db'))
      .rows[0]!.db;
    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock(7310001)');
      await createRoles(client);
      await closeDatabase(client, database);
      await client.query(`CREATE SCHEMA IF NOT EXISTS sop AUTHORIZATION ${OWNER_ROLE}`);
      await client.query(`REVOKE ALL ON SCHEMA sop FROM PUBLIC`);
      await client.query(`SET LOCAL ROLE ${OWNER_ROLE}`);
      await client.query(`CREATE TABLE IF NOT EXISTS sop.schema_migrations (
        id integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      await client.query(`GRANT USAGE ON SCHEMA sop TO ${UNIT_ROLE}, ${BUREAU_ROLE}`);
      await client.query(`GRANT SELECT ON sop.schema_migrations TO ${UNIT_ROLE}, ${BUREAU_ROLE}`);
      await client.query('RESET ROLE');
    });
    const applied: string[] = [];
    for (const migration of await pendingServerMigrations(client)) {
      await inTransaction(client, async () => {
        await client.query('SELECT pg_advisory_xact_lock(7310001)');
        await client.query(`SET LOCAL ROLE ${OWNER_ROLE}`);
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO sop.schema_migrations (id, name, checksum) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
          [migration.id, migration.name, serverMigrationChecksum(migration)],
        );
      });
      applied.push(`${migration.id} ${migration.name}`);
    }
    return { database, applied, version: SERVER_MIGRATIONS.length };
  } catch (error) {
    throw serverError(error, client.where);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The group roles; the admin may act as the owner role (a superuser may anyway). */
async function createRoles(client: ServerClient): Promise<void> {
  for (const role of [OWNER_ROLE, UNIT_ROLE, BUREAU_ROLE]) {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (exists.rowCount === 0) await client.query(`CREATE ROLE ${role} NOLOGIN`);
  }
  const superuser = await client.query<{ s: boolean }>(
    'SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user',
  );
  if (!superuser.rows[0]?.s) {
    await client.query(`GRANT ${OWNER_ROLE} TO current_user`).catch((error: unknown) => {
      throw new SopError(
        'denied',
        'Login admin pada --admin-url harus superuser atau boleh membuat peran (CREATEROLE) dan memiliki basis data ini.',
        String(error),
      );
    });
  }
}

/** Only this app's roles may connect to the database. */
async function closeDatabase(client: ServerClient, database: string): Promise<void> {
  const name = `"${database.replace(/"/g, '""')}"`;
  await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${name} FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${name} TO ${UNIT_ROLE}, ${BUREAU_ROLE}`);
}

async function pendingServerMigrations(client: ServerClient): Promise<ServerMigration[]> {
  const applied = (
    await client.query<{ id: number; name: string; checksum: string }>(
      'SELECT id, name, checksum FROM sop.schema_migrations ORDER BY id',
    )
  ).rows;
  applied.forEach((record, index) => {
    const ours = SERVER_MIGRATIONS[index];
    if (!ours) {
      throw new SopError(
        'incompatible',
        `Skema di server ini lebih baru (${record.id} ${record.name}) dari aplikasi ini. Jalankan setup dengan versi SOP AP Editor yang lebih baru; tidak ada yang diubah.`,
        `server has ${record.id}`,
      );
    }
    if (record.id !== ours.id || record.checksum !== serverMigrationChecksum(ours)) {
      throw new SopError(
        'incompatible',
        `Skema di server ini (${record.id} ${record.name}) tidak cocok dengan aplikasi ini. Tidak ada yang diubah.`,
        `migration ${record.id} checksum differs`,
      );
    }
  });
  return SERVER_MIGRATIONS.slice(applied.length);
}
