// The register of the organisation server as a login sees it (docs/server.md, "The register"):
// every unit's SOPs with their latest revision and status, a page at a time, filtered by unit and
// status and searched with PostgreSQL's `indonesian` full text; the bureau's review of an SOP's
// latest revision and the decree that sets accepted SOPs; a published revision's document.

import { SopError } from '../../../shared/errors';
import { parseSopValue, type SopDocument } from '../../../shared/model';
import type { RegisterRow, ServerStatus } from '../../../shared/model/server';
import { inTransaction, type ServerClient } from './connection';

export { SERVER_STATUSES, type RegisterRow, type ServerStatus } from '../../../shared/model/server';

export type RegisterQuery = {
  unit?: string;
  status?: ServerStatus;
  /** Words searched in the SOPs' names, numbers and texts (word forms found: lapor → pelaporan). */
  search?: string;
  offset?: number;
  limit?: number;
};

export type RegisterPage = { total: number; rows: RegisterRow[] };

const PAGE = 50;
const MAX_PAGE = 500;

const COLUMNS = `s.id, s.unit_name AS unit, s.name, s.number, s.revision_count AS revision,
  s.latest_revision AS "latestRevision", s.status, s.review_note AS "reviewNote",
  s.reviewed_by AS "reviewedBy", to_char(s.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "reviewedAt",
  s.decree_number AS "decreeNumber", to_char(s.decree_date, 'YYYY-MM-DD') AS "decreeDate",
  s.decree_numeral AS "decreeNumeral",
  to_char(s.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "publishedAt"`;

/** One page of the register, ordered by unit and name (by relevance when searching). */
export async function listRegister(
  client: ServerClient,
  query: RegisterQuery = {},
): Promise<RegisterPage> {
  const where: string[] = ['s.latest_revision IS NOT NULL'];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (query.unit) where.push(`s.unit_name = ${param(query.unit)}`);
  if (query.status) where.push(`s.status = ${param(query.status)}`);
  const search = query.search?.trim();
  const tsquery = search ? `websearch_to_tsquery('indonesian', ${param(search)})` : '';
  if (tsquery) where.push(`s.search @@ ${tsquery}`);
  const filter = where.join(' AND ');
  const limit = Math.min(Math.max(query.limit ?? PAGE, 1), MAX_PAGE);
  const offset = Math.max(query.offset ?? 0, 0);
  // A search ranks every match anyway, so it counts them in the same pass; a page in the
  // register's order reads only its rows from the index (sops_register) and counts apart. The
  // printed columns are made for the page's rows only.
  const ranked = tsquery
    ? `, ts_rank(s.search, ${tsquery}) AS rank, count(*) OVER () AS "matchCount"`
    : '';
  const [order, pageOrder] = tsquery
    ? ['rank DESC, name, id', 's.rank DESC, s.name, s.id']
    : ['unit_name, name, id', 's.unit_name, s.name, s.id'];
  const found = await client.query<RegisterRow & { matchCount?: string }>(
    `SELECT ${COLUMNS}${tsquery ? ', s."matchCount"' : ''}
     FROM (SELECT s.*${ranked} FROM sop.sops s WHERE ${filter}
       ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) s
     ORDER BY ${pageOrder}`,
    params,
  );
  const matches = found.rows[0]?.matchCount;
  const rows = found.rows.map((row) => {
    delete row.matchCount;
    return row as RegisterRow;
  });
  const total =
    matches ??
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM sop.sops s WHERE ${filter}`,
        params,
      )
    ).rows[0]?.n;
  return { total: Number(total ?? 0), rows };
}

/** The register row of one SOP, or `not-found`. */
export async function registerEntry(client: ServerClient, sopId: string): Promise<RegisterRow> {
  const found = await client.query<RegisterRow>(
    `SELECT ${COLUMNS} FROM sop.sops s WHERE s.id = $1 AND s.latest_revision IS NOT NULL`,
    [sopId],
  );
  const row = found.rows[0];
  if (!row) {
    throw new SopError('not-found', `SOP ${sopId} tidak ada di register server organisasi.`, sopId);
  }
  return row;
}

/** Whether the connected login is the bureau's. */
export async function isBureauLogin(client: ServerClient): Promise<boolean> {
  return (await client.query<{ b: boolean }>('SELECT sop.is_bureau() AS b')).rows[0]?.b ?? false;
}

async function requireBureau(client: ServerClient, what: string): Promise<void> {
  if (!(await isBureauLogin(client))) {
    throw new SopError(
      'denied',
      `Hanya login Bagian Organisasi yang boleh ${what}. Data server tidak diubah.`,
      'not a bureau login',
    );
  }
}

/** The bureau's review of an SOP's latest revision: returned with notes, or accepted. */
export async function reviewSop(
  client: ServerClient,
  sopId: string,
  status: 'returned' | 'accepted',
  note: string,
): Promise<RegisterRow> {
  await requireBureau(client, 'menelaah SOP');
  const entry = await registerEntry(client, sopId);
  if (status === 'returned' && note.trim() === '') {
    throw new SopError(
      'invalid-argument',
      'SOP yang dikembalikan perlu catatan: tulis apa yang harus diperbaiki unit.',
      'empty note',
    );
  }
  await client.query('INSERT INTO sop.reviews (revision_id, status, note) VALUES ($1, $2, $3)', [
    entry.latestRevision,
    status,
    note.trim(),
  ]);
  return registerEntry(client, sopId);
}

export type DecreeEntry = { sopId: string; numeral: string };
export type Decree = { number: string; date: string; title: string; entries: DecreeEntry[] };

/** Records a decree setting accepted SOPs, each under its LAMPIRAN numeral; all or none. */
export async function recordDecree(client: ServerClient, decree: Decree): Promise<void> {
  await requireBureau(client, 'mencatat keputusan penetapan');
  if (decree.entries.length === 0) {
    throw new SopError(
      'invalid-argument',
      'Keputusan penetapan harus memuat paling sedikit satu SOP yang diterima.',
      'no entries',
    );
  }
  await inTransaction(client, async () => {
    const created = await client.query<{ id: string }>(
      'INSERT INTO sop.decrees (number, date, title) VALUES ($1, $2, $3) RETURNING id',
      [decree.number.trim(), decree.date, decree.title.trim()],
    );
    const decreeId = created.rows[0]!.id;
    for (const [position, entry] of decree.entries.entries()) {
      const row = await registerEntry(client, entry.sopId);
      if (row.status !== 'accepted') {
        throw new SopError(
          'conflict',
          `SOP "${row.name}" belum diterima (status: ${row.status}); hanya SOP yang diterima yang dapat ditetapkan.`,
          entry.sopId,
        );
      }
      await client.query(
        'INSERT INTO sop.decree_sops (decree_id, revision_id, numeral, position) VALUES ($1, $2, $3, $4)',
        [decreeId, row.latestRevision, entry.numeral.trim(), position],
      );
    }
  });
}

/** The document of a published revision (the SOP's latest when no revision is given). */
export async function publishedDocument(
  client: ServerClient,
  sopId: string,
  revisionId?: string,
): Promise<SopDocument> {
  const found = await client.query<{ document: unknown }>(
    revisionId
      ? 'SELECT document FROM sop.revisions WHERE sop_id = $1 AND id = $2'
      : 'SELECT r.document FROM sop.revisions r JOIN sop.sops s ON s.latest_revision = r.id WHERE s.id = $1',
    revisionId ? [sopId, revisionId] : [sopId],
  );
  const row = found.rows[0];
  if (!row)
    throw new SopError(
      'not-found',
      `Revisi SOP ${sopId} tidak ada di server organisasi.`,
      `${sopId} ${revisionId ?? 'latest'}`,
    );
  return parseSopValue(row.document);
}

/** The documents a decree sets, in the order the decree lists them. */
export async function decreeDocuments(
  client: ServerClient,
  decreeNumber: string,
): Promise<{ numeral: string; document: SopDocument }[]> {
  const found = await client.query<{ numeral: string; document: unknown }>(
    `SELECT d.numeral, r.document FROM sop.decree_sops d
     JOIN sop.decrees k ON k.id = d.decree_id JOIN sop.revisions r ON r.id = d.revision_id
     WHERE k.number = $1 ORDER BY d.position`,
    [decreeNumber],
  );
  if (found.rows.length === 0)
    throw new SopError(
      'not-found',
      `Keputusan ${decreeNumber} tidak ada di server organisasi.`,
      decreeNumber,
    );
  return found.rows.map((row) => ({ numeral: row.numeral, document: parseSopValue(row.document) }));
}
