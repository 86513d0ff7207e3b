// Who a connection is on the organisation server: the unit its login belongs to and whether it is
// the bureau's; and the units of the register's filter (those with SOPs in it).

import { SopError } from '../../../shared/errors';
import type { ServerClient } from './connection';

export type LoginInfo = { unit: string; bureau: boolean };

/** The unit of the connected login, or `denied` for a login the server has no unit for. */
export async function loginInfo(client: ServerClient): Promise<LoginInfo> {
  const found = await client.query<LoginInfo>(
    'SELECT u.name AS unit, sop.is_bureau() AS bureau FROM sop.units u WHERE u.id = sop.current_unit()',
  );
  const row = found.rows[0];
  if (!row) {
    throw new SopError(
      'denied',
      `Login ini belum terdaftar sebagai unit di server organisasi (${client.where}). Minta pengelola server menjalankan sop server add-unit.`,
      'no unit for login',
    );
  }
  return row;
}

/**
 * The names of the units with SOPs in the register, in order: a unit that sent none (the bureau's
 * own login, as a rule) would only filter the register down to nothing.
 */
export async function unitNames(client: ServerClient): Promise<string[]> {
  const found = await client.query<{ name: string }>(
    `SELECT u.name FROM sop.units u
     WHERE EXISTS (SELECT 1 FROM sop.sops s WHERE s.unit_id = u.id AND s.latest_revision IS NOT NULL)
     ORDER BY u.name`,
  );
  return found.rows.map((row) => row.name);
}
