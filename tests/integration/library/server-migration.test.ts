// Migration 6 (the organisation server) on a library made at schema 5: every saved revision gets
// its own UUID, approved revisions stay immutable (the UUID included), and new revisions get one.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryFile } from '../../../electron/services/library/data-dir';
import { openTestLibrary, tempDir } from './helpers';

const V5 = path.resolve(__dirname, '../../fixtures/schemas/library-v5.sqlite');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function revisionRows(dir: string) {
  const db = new Database(libraryFile(dir), { readonly: true });
  try {
    return db
      .prepare('SELECT key, uuid, approved_at AS approvedAt FROM revisions ORDER BY key')
      .all() as { key: number; uuid: string; approvedAt: string | null }[];
  } finally {
    db.close();
  }
}

describe('migration 6: server', () => {
  it('gives every revision of an older library its own UUID', () => {
    const dir = tempDir();
    fs.copyFileSync(V5, libraryFile(dir));
    const library = openTestLibrary(dir);
    const ids = library.list().items.map((s) => s.id);
    expect(library.serverStatuses().size).toBe(ids.length);
    library.close();
    const rows = revisionRows(dir);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.uuid).toMatch(UUID);
    expect(new Set(rows.map((row) => row.uuid)).size).toBe(rows.length);
  });

  it('keeps approved revisions immutable, their UUID included', () => {
    const dir = tempDir();
    fs.copyFileSync(V5, libraryFile(dir));
    openTestLibrary(dir).close();
    const approved = revisionRows(dir).find((row) => row.approvedAt !== null)!;
    const db = new Database(libraryFile(dir));
    try {
      const change = (sql: string) => () => db.prepare(sql).run(approved.key);
      expect(change("UPDATE revisions SET uuid = 'x' WHERE key = ?")).toThrow(/immutable/);
      expect(change("UPDATE revisions SET note = 'x' WHERE key = ?")).toThrow(/immutable/);
      expect(change('UPDATE revisions SET uuid = NULL WHERE key = ?')).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('gives a new revision a UUID and counts it as not sent', () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const { summary } = library.create();
    library.saveRevision(summary.id, 'pertama');
    expect(library.serverStatus(summary.id)).toMatchObject({ state: 'not-sent', unsent: 1 });
    library.close();
    expect(revisionRows(dir)[0]!.uuid).toMatch(UUID);
  });
});
