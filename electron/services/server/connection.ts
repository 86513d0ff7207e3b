// One connection to the organisation server (docs/server.md, "Connecting"): from a postgres URL
// (`sslmode=verify-full&sslrootcert=ca.crt` for TLS) or, without one, the standard PG* variables.
// The URL's password may be left out and given separately (the desktop keeps it in the OS
// keychain). Every connection checks the schema: an older app refuses a newer server.

import pg from 'pg';
import { SopError } from '../../../shared/errors';
import { SERVER_MIGRATIONS } from './migrations';
import { serverError } from './errors';

export type ServerTarget = { url?: string; password?: string };

export type ServerClient = pg.Client & { where: string };

const CONNECT_TIMEOUT_MS = 10_000;

/** Where a target points, without its password: `host:port/database`. */
export function serverWhere(target: ServerTarget): string {
  if (!target.url) {
    const env = process.env;
    return `${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? '5432'}/${env.PGDATABASE ?? env.PGUSER ?? ''}`;
  }
  try {
    const url = new URL(target.url);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    throw new SopError(
      'invalid-argument',
      'Alamat server organisasi tidak dapat dibaca. Tulis seperti postgres://login@host:5432/basisdata.',
      'bad server URL',
    );
  }
}

/** The login name a target connects as. */
export function serverLogin(target: ServerTarget): string {
  if (!target.url) return process.env.PGUSER ?? '';
  return decodeURIComponent(new URL(target.url).username);
}

/** Opens a connection without checking the schema (setup uses it on an empty database). */
export async function connectRaw(target: ServerTarget): Promise<ServerClient> {
  const where = serverWhere(target);
  if (target.url && !/^postgres(ql)?:\/\//.test(target.url)) {
    throw new SopError(
      'invalid-argument',
      'Alamat server organisasi harus diawali postgres://, misalnya postgres://login@host:5432/basisdata.',
      target.url.slice(0, 40),
    );
  }
  const client = new pg.Client({
    ...(target.url ? { connectionString: withPassword(target.url, target.password) } : {}),
    ...(!target.url && target.password !== undefined ? { password: target.password } : {}),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'SOP AP Editor',
  }) as ServerClient;
  client.where = where;
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw serverError(error, where);
  }
  return client;
}

/**
 * The URL with the separately kept password in it: node-postgres takes the URL's own (empty)
 * password over a `password` option beside it.
 */
function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

/** Opens a connection to a server set up for this app's schema. */
export async function connectServer(target: ServerTarget): Promise<ServerClient> {
  const client = await connectRaw(target);
  try {
    await checkSchema(client);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw serverError(error, client.where);
  }
}

async function checkSchema(client: ServerClient): Promise<void> {
  const found = await client.query<{ version: number | null }>(
    "SELECT CASE WHEN to_regclass('sop.schema_migrations') IS NULL THEN NULL ELSE (SELECT coalesce(max(id), 0) FROM sop.schema_migrations) END AS version",
  );
  const version = found.rows[0]?.version;
  if (version === null || version === undefined || version === 0) {
    throw new SopError(
      'not-found',
      `Server organisasi (${client.where}) belum disiapkan untuk SOP AP Editor. Pengelola server menjalankan: sop server setup --admin-url <alamat-admin>.`,
      'no sop.schema_migrations',
    );
  }
  if (version > SERVER_MIGRATIONS.length) {
    throw new SopError(
      'incompatible',
      `Server organisasi (${client.where}) memakai versi skema yang lebih baru (${version}) dari aplikasi ini (${SERVER_MIGRATIONS.length}). Perbarui SOP AP Editor; tidak ada yang diubah.`,
      `server schema ${version}`,
    );
  }
  if (version < SERVER_MIGRATIONS.length) {
    throw new SopError(
      'incompatible',
      `Server organisasi (${client.where}) memakai skema lama (${version}). Minta pengelola server menjalankan sop server setup dengan versi aplikasi ini.`,
      `server schema ${version}`,
    );
  }
}

/** Runs `work` with a fresh connection and always closes it. */
export async function withServer<T>(
  target: ServerTarget,
  work: (client: ServerClient) => Promise<T>,
): Promise<T> {
  const client = await connectServer(target);
  try {
    return await work(client);
  } catch (error) {
    throw serverError(error, client.where);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `work` in one transaction: all of it is stored, or (on any error) none. */
export async function inTransaction<T>(client: ServerClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
