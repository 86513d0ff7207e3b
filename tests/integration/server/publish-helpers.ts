// Shared setup of the publish and pull tests: libraries of corpus SOPs with saved revisions,
// a unit on the throw-away cluster, and the server's rows read as the admin.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Library } from '../../../electron/services/library/library';
import { libraryFile } from '../../../electron/services/library/data-dir';
import { serverSopId } from '../../../electron/services/server/sop-id';
import { CORPUS_DIR } from '../library/helpers';

/** The first `count` corpus SOPs into `library`; every third gets two more saved revisions. */
export function fillLibrary(library: Library, count: number): string[] {
  const files = fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .slice(0, count);
  return files.map((file, index) => {
    const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const { summary, document } = library.importText(text, file);
    for (let extra = 1; index % 3 === 0 && extra <= 2; extra++) {
      const doc = { ...document, identity: { ...document.identity, number: `REV-${extra}` } };
      library.saveDraft(summary.id, doc);
      library.saveRevision(summary.id, `perubahan ${extra}`);
    }
    return summary.id;
  });
}

/** Each SOP's revision UUIDs in history order, read from the library file (closed or open). */
export function localHistory(dataDir: string): Map<string, string[]> {
  const db = new Database(libraryFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT s.id, r.uuid FROM revisions r JOIN sops s ON s.key = r.sop_key
         ORDER BY s.id, r.number`,
      )
      .all() as { id: string; uuid: string }[];
    const history = new Map<string, string[]>();
    for (const row of rows) {
      const key = serverSopId(row.id);
      history.set(key, [...(history.get(key) ?? []), row.uuid]);
    }
    return history;
  } finally {
    db.close();
  }
}

/** The server's revisions of one unit per SOP in their order (seq), read as the admin. */
export async function serverHistory(
  adminUrl: string,
  unit: string,
): Promise<Map<string, string[]>> {
  const rows = await adminRows<{ sop: string; id: string }>(
    adminUrl,
    `SELECT r.sop_id AS sop, r.id FROM sop.revisions r JOIN sop.units u ON u.id = r.unit_id
     WHERE u.name = $1 ORDER BY r.sop_id, r.seq`,
    [unit],
  );
  const history = new Map<string, string[]>();
  for (const row of rows) history.set(row.sop, [...(history.get(row.sop) ?? []), row.id]);
  return history;
}

export async function adminRows<T extends pg.QueryResultRow>(
  adminUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** How many revisions the server holds of a unit, and how many distinct ids among them. */
export async function revisionCounts(adminUrl: string, unit: string) {
  const [row] = await adminRows<{ total: string; distinct: string; sops: string }>(
    adminUrl,
    `SELECT count(*) AS total, count(DISTINCT r.id) AS distinct, count(DISTINCT r.sop_id) AS sops
     FROM sop.revisions r JOIN sop.units u ON u.id = r.unit_id WHERE u.name = $1`,
    [unit],
  );
  return { total: Number(row!.total), distinct: Number(row!.distinct), sops: Number(row!.sops) };
}
