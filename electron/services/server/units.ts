// `sop server add-unit` (docs/server.md, "Units and logins"): one login role per unit (and for the
// bureau), a member of `sop_unit` (the bureau also of `sop_bureau`), registered in `sop.units`
// with a generated password. Running it again for a unit gives it a new password.

import { randomBytes } from 'node:crypto';
import { SopError } from '../../../shared/errors';
import { connectServer, inTransaction, type ServerTarget } from './connection';
import { serverError } from './errors';
import { BUREAU_ROLE, OWNER_ROLE, UNIT_ROLE } from './setup';

export type AddedUnit = { unit: string; login: string; bureau: boolean; url: string };

const MAX_LOGIN = 63;

/** The login name of a unit: `sop_` and the unit's name in lower-case letters, digits and `_`. */
export function unitLogin(unit: string): string {
  const slug = unit
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) {
    throw new SopError(
      'invalid-argument',
      'Nama unit harus memuat huruf atau angka.',
      'empty unit slug',
    );
  }
  return `sop_${slug}`.slice(0, MAX_LOGIN).replace(/_+$/, '');
}

export async function addUnit(
  admin: ServerTarget,
  unit: string,
  bureau: boolean,
): Promise<AddedUnit> {
  const name = unit.trim();
  if (name.length === 0 || name.length > 200) {
    throw new SopError(
      'invalid-argument',
      'Nama unit harus diisi (paling panjang 200 huruf).',
      'unit name length',
    );
  }
  const login = unitLogin(name);
  const password = randomBytes(18).toString('base64url');
  const client = await connectServer(admin);
  try {
    await inTransaction(client, async () => {
      const known = await client.query<{ name: string }>(
        'SELECT name FROM sop.units WHERE login = $1',
        [login],
      );
      const other = known.rows[0] && known.rows[0].name !== name;
      if (other) {
        throw new SopError(
          'invalid-argument',
          `Nama login ${login} sudah dipakai unit "${known.rows[0]!.name}". Beri unit ini nama yang berbeda.`,
          'login taken',
        );
      }
      const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
      const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
      if (verb === 'ALTER' && known.rowCount === 0) {
        throw new SopError(
          'invalid-argument',
          `Peran ${login} sudah ada di server ini tetapi bukan login unit basis data ini. Beri unit ini nama yang berbeda.`,
          'role exists',
        );
      }
      await client.query(
        `${verb} ROLE ${login} LOGIN PASSWORD ${literal(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT`,
      );
      await client.query(`GRANT ${UNIT_ROLE} TO ${login}`);
      if (bureau) await client.query(`GRANT ${BUREAU_ROLE} TO ${login}`);
      else await client.query(`REVOKE ${BUREAU_ROLE} FROM ${login}`);
      await client.query(`SET LOCAL ROLE ${OWNER_ROLE}`);
      await client.query(
        'INSERT INTO sop.units (name, login, bureau) VALUES ($1, $2, $3) ON CONFLICT (login) DO UPDATE SET bureau = EXCLUDED.bureau',
        [name, login, bureau],
      );
    });
  } catch (error) {
    throw serverError(error, client.where);
  } finally {
    await client.end().catch(() => undefined);
  }
  return { unit: name, login, bureau, url: unitUrl(admin, login, password) };
}

/** A SQL string literal (for the password, which DDL cannot take as a parameter). */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The admin URL with the unit's login and password in place of the admin's. */
function unitUrl(admin: ServerTarget, login: string, password: string): string {
  const url = new URL(
    admin.url ??
      `postgres://${process.env.PGHOST ?? 'localhost'}:${process.env.PGPORT ?? '5432'}/${process.env.PGDATABASE ?? ''}`,
  );
  url.username = login;
  url.password = password;
  return url.toString();
}
