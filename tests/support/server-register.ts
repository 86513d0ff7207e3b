// Helpers of the server tests: a login's own connection for raw SQL, a full dump of the register
// as the administrator (to prove a refused statement changed nothing), and revisions published
// with plain SQL as a unit would send them.

import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const REGISTER_TABLES = [
  'units',
  'sops',
  'revisions',
  'reviews',
  'decrees',
  'decree_sops',
  'schema_migrations',
] as const;

/** Runs `work` with a plain node-postgres connection of `url`, always closed. */
export async function asLogin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table of schema `sop`, as text: equal dumps mean nothing changed. */
export async function dumpRegister(adminUrl: string): Promise<string> {
  return asLogin(adminUrl, async (client) => {
    const parts: string[] = [];
    for (const table of REGISTER_TABLES) {
      const rows = await client.query<{ dump: string }>(
        `SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS dump FROM sop.${table} t`,
      );
      parts.push(`${table}\n${rows.rows[0]?.dump ?? ''}`);
    }
    return parts.join('\n\n');
  });
}

export type PublishedRevision = { id: string; sopId: string };

/** A revision sent as a unit's app sends it (the SOP row first when it is new). */
export async function publishRevision(
  client: pg.Client,
  sop: { sopId: string; baseId: string | null; name: string; document?: unknown },
): Promise<PublishedRevision> {
  const id = randomUUID();
  await client.query('INSERT INTO sop.sops (id) VALUES ($1) ON CONFLICT DO NOTHING', [sop.sopId]);
  await client.query(
    `INSERT INTO sop.revisions (id, sop_id, base_id, name, number, document, sha, saved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
    [
      id,
      sop.sopId,
      sop.baseId,
      sop.name,
      `SOP/${sop.name.length}`,
      sop.document ?? {},
      'sha-' + id,
    ],
  );
  return { id, sopId: sop.sopId };
}
