// A decree recorded on the organisation server (docs/server.md, "The register"): its number,
// date and subject, for the heading of the SOP book the bureau compiles from it, and the SOPs it
// sets under their LAMPIRAN numerals, the book's appendices.

import { SopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import { formatIsoDate } from '../../../shared/rules/dates';
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

/** What a decree's SOP book takes from it: the SOPs it sets, in its order, and its heading. */
export type DecreeBook = {
  docs: SopDocument[];
  settings: { decree: string; year: string; date: string; numerals: string[] };
};

/**
 * The book of the decree with this number (the app's Buku keputusan and `sop server book`): each
 * SOP under the LAMPIRAN numeral the decree records, headed with its number and subject, dated
 * with its date.
 */
export async function decreeBook(client: ServerClient, number: string): Promise<DecreeBook> {
  const decree = await decreeRecord(client, number);
  const entries = await decreeDocuments(client, number);
  return {
    docs: entries.map((entry) => entry.document),
    settings: {
      decree: decreeHeading(decree),
      year: decree.date.slice(0, 4),
      date: formatIsoDate(decree.date),
      numerals: entries.map((entry) => entry.numeral),
    },
  };
}

/** "KEPUTUSAN NOMOR … TENTANG …": the layout sets NOMOR, TANGGAL (the date) and TENTANG apart. */
function decreeHeading(decree: DecreeRecord): string {
  const subject = decree.title.trim();
  return `KEPUTUSAN NOMOR ${decree.number}${subject ? ` TENTANG ${subject.toUpperCase()}` : ''}`;
}
