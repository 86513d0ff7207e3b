// A decree recorded on the organisation server (docs/server.md, "The register"): its number,
// date and subject, for the heading of the SOP book the bureau compiles from it.

import { SopError } from '../../../shared/errors';
import type { ServerClient } from './connection';

export type DecreeRecord = { number: string; date: string; title: string };

/** The decree with this number, or `not-found`. */
export async function decreeRecord(client: ServerClient, number: string): Promise<DecreeRecord> {
  const found = await client.query<DecreeRecord>(
    "SELECT number, to_char(date, 'YYYY-MM-DD') AS date, title FROM sop.decrees WHERE number = $1",
    [number],
  );
  const row = found.rows[0];
  if (!row) {
    throw new SopError('not-found', `Keputusan ${number} tidak ada di server organisasi.`, number);
  }
  return row;
}
