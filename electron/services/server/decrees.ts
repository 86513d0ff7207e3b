// A decree recorded on the organisation server (docs/server.md, "The register"): its number,
// date and subject, for the heading of the SOP book the bureau compiles from it, and the SOPs it
// sets under their LAMPIRAN numerals, the book's appendices.

import { SopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import type { ServerClient } from './connection';
import { decreeDocuments } from './register';

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

/** What a decree's SOP book binds: the SOPs it sets, in its order, and their LAMPIRAN numerals. */
export type DecreeBook = { docs: SopDocument[]; numerals: string[] };

/** The book of the decree with this number (the app's Buku keputusan and `sop server book`). */
export async function decreeBook(client: ServerClient, number: string): Promise<DecreeBook> {
  const entries = await decreeDocuments(client, number);
  return {
    docs: entries.map((entry) => entry.document),
    numerals: entries.map((entry) => entry.numeral),
  };
}
