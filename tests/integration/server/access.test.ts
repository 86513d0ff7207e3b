// Access on the organisation server is PostgreSQL's own (roles and row-level security), proved
// against a real cluster: unit B reads unit A's published SOPs but every write it tries on every
// table of schema `sop` fails and changes nothing; only the bureau reviews; nobody changes a
// published revision; a stale revision is refused; a login of another database sees nothing.

import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectServer, withServer } from '../../../electron/services/server/connection';
import { serverError, STALE_REVISION_MESSAGE } from '../../../electron/services/server/errors';
import { MAX_SOP_FILE_BYTES } from '../../../shared/limits';
import { listRegister, reviewSop } from '../../../electron/services/server/register';
import { setupServer } from '../../../electron/services/server/setup';
import { addUnit, type AddedUnit } from '../../../electron/services/server/units';
import { startTestCluster, type TestCluster } from '../../support/postgres';
import { sopErrorOf } from '../../support/sop-error';
import {
  asLogin,
  dumpRegister,
  publishRevision,
  REGISTER_TABLES,
  type PublishedRevision,
} from '../../support/server-register';

let cluster: TestCluster;
let unitA: AddedUnit;
let unitB: AddedUnit;
let bureau: AddedUnit;
let first: PublishedRevision;
let second: PublishedRevision;

beforeAll(async () => {
  cluster = await startTestCluster();
  const admin = { url: cluster.adminUrl };
  await setupServer(admin);
  unitA = await addUnit(admin, 'Dinas Kesehatan', false);
  unitB = await addUnit(admin, 'Dinas Pendidikan', false);
  bureau = await addUnit(admin, 'Bagian Organisasi', true);
  await asLogin(unitA.url, async (a) => {
    const sopId = randomUUID();
    first = await publishRevision(a, { sopId, baseId: null, name: 'Pelaporan Kasus' });
    second = await publishRevision(a, { sopId, baseId: first.id, name: 'Pelaporan Kasus DBD' });
  });
}, 60_000);
afterAll(() => cluster?.remove());

/** The SQLSTATE a statement fails with; a statement that succeeds fails the test. */
async function refusal(client: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await client.query(sql, params);
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code';
  }
  throw new Error(`expected a refusal of: ${sql}`);
}

/** Writes B must not make: others' rows, rights it lacks, every UPDATE, DELETE and TRUNCATE. */
function forbiddenWrites(unitAId: string): { sql: string; params: unknown[] }[] {
  const inserts: Record<(typeof REGISTER_TABLES)[number], { sql: string; params: unknown[] }> = {
    units: {
      sql: "INSERT INTO sop.units (name, login) VALUES ('Unit Palsu', 'sop_palsu')",
      params: [],
    },
    sops: {
      sql: 'INSERT INTO sop.sops (id, unit_id) VALUES ($1, $2)',
      params: [randomUUID(), unitAId],
    },
    revisions: {
      sql: `INSERT INTO sop.revisions (id, sop_id, base_id, name, number, document, sha, saved_at)
            VALUES ($1, $2, $3, 'Sisipan B', 'B/1', '{}', 'x', now())`,
      params: [randomUUID(), second.sopId, second.id],
    },
    reviews: {
      sql: "INSERT INTO sop.reviews (revision_id, status, note) VALUES ($1, 'accepted', '')",
      params: [second.id],
    },
    decrees: {
      sql: "INSERT INTO sop.decrees (number, date) VALUES ('1/2025', '2025-01-02')",
      params: [],
    },
    decree_sops: {
      sql: "INSERT INTO sop.decree_sops (decree_id, revision_id, numeral, position) VALUES ($1, $2, 'I', 0)",
      params: [randomUUID(), second.id],
    },
    schema_migrations: {
      sql: "INSERT INTO sop.schema_migrations (id, name, checksum) VALUES (99, 'palsu', 'x')",
      params: [],
    },
  };
  return REGISTER_TABLES.flatMap((table) => [
    inserts[table],
    {
      sql: `UPDATE sop.${table} SET ${table === 'decree_sops' ? 'position' : 'id'} = ${table === 'decree_sops' ? 'position' : 'id'}`,
      params: [],
    },
    { sql: `DELETE FROM sop.${table}`, params: [] },
    { sql: `TRUNCATE sop.${table} CASCADE`, params: [] },
  ]);
}

describe('a unit reads the register and writes only its own SOPs', () => {
  it('lets unit B read unit A’s published SOPs and revisions', async () => {
    const seen = await asLogin(unitB.url, async (b) => ({
      sops: (await b.query('SELECT id, name FROM sop.sops')).rows,
      revisions: (
        await b.query('SELECT id FROM sop.revisions WHERE sop_id = $1 ORDER BY seq', [first.sopId])
      ).rows,
    }));
    expect(seen.sops).toEqual([{ id: first.sopId, name: 'Pelaporan Kasus DBD' }]);
    expect(seen.revisions.map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('refuses every insert, update, delete and truncate B tries on every table, changing nothing', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    const unitAId = await asLogin(
      cluster.adminUrl,
      async (admin) =>
        (
          await admin.query<{ id: string }>('SELECT id FROM sop.units WHERE login = $1', [
            unitA.login,
          ])
        ).rows[0]!.id,
    );
    const writes = forbiddenWrites(unitAId);
    expect(writes).toHaveLength(REGISTER_TABLES.length * 4);
    await asLogin(unitB.url, async (b) => {
      for (const write of writes) {
        const code = await refusal(b, write.sql, write.params);
        expect(['42501', 'SOP02'], write.sql).toContain(code);
      }
    });
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });

  it('refuses A changing or removing its own published revisions', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    await asLogin(unitA.url, async (a) => {
      expect(
        await refusal(a, "UPDATE sop.revisions SET note = 'diubah' WHERE id = $1", [first.id]),
      ).toBe('42501');
      expect(await refusal(a, 'DELETE FROM sop.revisions WHERE id = $1', [first.id])).toBe('42501');
      expect(
        await refusal(a, 'UPDATE sop.sops SET name = $2 WHERE id = $1', [first.sopId, 'x']),
      ).toBe('42501');
    });
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });

  it('refuses a unit writing the register’s own columns (status, reviewer, decree, numbering) or an oversized document', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    await asLogin(unitA.url, async (a) => {
      const forged = [
        [
          "INSERT INTO sop.sops (id, status, decree_number) VALUES ($1, 'set', 'palsu')",
          [randomUUID()],
        ],
        ['INSERT INTO sop.sops (id, latest_revision) VALUES ($1, $2)', [randomUUID(), second.id]],
        ["INSERT INTO sop.sops (id, unit_name) VALUES ($1, 'Bagian Organisasi')", [randomUUID()]],
        [
          `INSERT INTO sop.revisions (id, sop_id, base_id, name, number, document, sha, saved_at, published_by)
           VALUES ($1, $2, $3, 'x', 'x', '{}', 'x', now(), 'sop_bagian_organisasi')`,
          [randomUUID(), first.sopId, second.id],
        ],
      ] as const;
      for (const [sql, params] of forged)
        expect(await refusal(a, sql, [...params]), sql).toBe('42501');
      // A document larger than any .sop.json the app accepts is refused by the server itself.
      const huge = JSON.stringify({ text: 'x'.repeat(MAX_SOP_FILE_BYTES) });
      const oversized = `INSERT INTO sop.revisions (id, sop_id, base_id, name, number, document, sha, saved_at)
        VALUES ($1, $2, $3, 'x', 'x', $4, 'x', now())`;
      expect(await refusal(a, oversized, [randomUUID(), first.sopId, second.id, huge])).toBe(
        '23514',
      );
    });
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });

  it('refuses a revision on a stale base with SOP01 and the Indonesian message', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    const error = await asLogin(unitA.url, async (a) => {
      try {
        await publishRevision(a, { sopId: first.sopId, baseId: first.id, name: 'Basi' });
      } catch (caught) {
        return caught as Error & { code?: string };
      }
      throw new Error('expected SOP01');
    });
    expect(error.code).toBe('SOP01');
    const message = serverError(error, 'server');
    expect([message.code, message.message]).toEqual(['conflict', STALE_REVISION_MESSAGE]);
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });
});

describe('only the bureau reviews', () => {
  it('refuses B’s review through the service, changing nothing', async () => {
    const before = await dumpRegister(cluster.adminUrl);
    const error = await sopErrorOf(
      withServer({ url: unitB.url }, (b) => reviewSop(b, first.sopId, 'accepted', '')),
    );
    expect(error.code).toBe('denied');
    expect(error.message).toMatch(/Hanya login Bagian Organisasi/);
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
  });

  it('records the bureau’s review on the latest revision, which every login then reads', async () => {
    const row = await withServer({ url: bureau.url }, (client) =>
      reviewSop(client, first.sopId, 'returned', 'Lengkapi mutu baku langkah 3.'),
    );
    expect([row.status, row.reviewNote, row.reviewedBy]).toEqual([
      'returned',
      'Lengkapi mutu baku langkah 3.',
      bureau.unit,
    ]);
    const seenByA = await withServer({ url: unitA.url }, (a) =>
      listRegister(a, { status: 'returned' }),
    );
    expect(seenByA.rows.map((r) => [r.id, r.latestRevision, r.reviewNote])).toEqual([
      [first.sopId, second.id, 'Lengkapi mutu baku langkah 3.'],
    ]);
  });
});

describe('another database on the same cluster', () => {
  it('gives its login nothing of this register', async () => {
    await asLogin(cluster.adminUrl, (admin) => admin.query('CREATE DATABASE lain'));
    const otherAdmin = { url: cluster.adminUrl.replace(/\/sop$/, '/lain') };
    await setupServer(otherAdmin);
    const stranger = await addUnit(otherAdmin, 'Dinas Lain', false);
    const strangerHere = stranger.url.replace(/\/lain$/, '/sop');
    const before = await dumpRegister(cluster.adminUrl);
    await asLogin(strangerHere, async (client) => {
      for (const table of REGISTER_TABLES.filter((t) => t !== 'schema_migrations')) {
        expect((await client.query(`SELECT * FROM sop.${table}`)).rows, table).toEqual([]);
      }
      const code = await refusal(client, 'INSERT INTO sop.sops (id) VALUES ($1)', [randomUUID()]);
      expect(['42501', '23502']).toContain(code);
    });
    const register = await withServer({ url: strangerHere }, (client) => listRegister(client));
    expect(register).toEqual({ total: 0, rows: [] });
    expect(await dumpRegister(cluster.adminUrl)).toBe(before);
    (await connectServer({ url: stranger.url })).end();
  });
});

describe('the register’s pages', () => {
  it('orders by unit and name, counts every match, and counts a search paged past its end', async () => {
    await asLogin(unitB.url, async (b) => {
      await publishRevision(b, { sopId: randomUUID(), baseId: null, name: 'Pelaporan Dana BOS' });
      await publishRevision(b, { sopId: randomUUID(), baseId: null, name: 'Arsip Sekolah' });
    });
    await withServer({ url: bureau.url }, async (client) => {
      const all = await listRegister(client, { limit: 2 });
      expect(all.total).toBe(3);
      expect(all.rows.map((r) => [r.unit, r.name])).toEqual([
        ['Dinas Kesehatan', 'Pelaporan Kasus DBD'],
        ['Dinas Pendidikan', 'Arsip Sekolah'],
      ]);
      const found = await listRegister(client, { search: 'lapor', limit: 1 });
      expect([found.total, found.rows.length]).toEqual([2, 1]);
      const past = await listRegister(client, { search: 'lapor', offset: 10 });
      expect(past).toEqual({ total: 2, rows: [] });
      const byUnit = await listRegister(client, { unit: 'Dinas Pendidikan', search: 'lapor' });
      expect(byUnit.rows.map((r) => r.name)).toEqual(['Pelaporan Dana BOS']);
    });
  });
});
