// SOPs with their working draft, and the immutable revision history of each.

import type { Migration } from './types';

export const documentsMigration: Migration = {
  id: 1,
  name: 'documents',
  sql: `
CREATE TABLE sops (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  number TEXT NOT NULL,
  unit TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  draft BLOB NOT NULL,
  draft_sha TEXT NOT NULL,
  approved_revision INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);

CREATE INDEX sops_by_name ON sops (deleted_at, name COLLATE NOCASE);
CREATE INDEX sops_by_number ON sops (deleted_at, number COLLATE NOCASE);
CREATE INDEX sops_by_unit ON sops (deleted_at, unit COLLATE NOCASE);
CREATE INDEX sops_by_updated ON sops (deleted_at, updated_at);

CREATE TABLE revisions (
  key INTEGER PRIMARY KEY,
  sop_key INTEGER NOT NULL REFERENCES sops (key) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT NOT NULL,
  document BLOB NOT NULL,
  sha TEXT NOT NULL,
  approved_at TEXT,
  UNIQUE (sop_key, number)
);

-- Documents (draft, document) are deflated JSON; see document-codec.ts.

-- A revision is history: only its approval may be recorded, once.
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
WHEN old.approved_at IS NOT NULL
  OR new.sop_key IS NOT old.sop_key OR new.number IS NOT old.number
  OR new.created_at IS NOT old.created_at OR new.author IS NOT old.author
  OR new.note IS NOT old.note OR new.document IS NOT old.document OR new.sha IS NOT old.sha
BEGIN
  SELECT RAISE(ABORT, 'revisions are immutable');
END;

-- Revisions go only with their SOP, when it is removed from the bin for good.
CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions
WHEN EXISTS (SELECT 1 FROM sops WHERE key = old.sop_key AND deleted_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'revisions of a live SOP cannot be deleted');
END;
`,
};
