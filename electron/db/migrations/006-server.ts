// The organisation server (docs/architecture.md, "Publish and pull"): every revision gets a UUID,
// its id on the server, so sending it twice is a no-op. What is known of the server is kept
// beside the history, never in it (an approved revision must not change): which revisions are
// on the server or were overtaken by a pulled one (`server_revisions`), which SOPs wait to be
// sent (`outbox`) and each SOP's status as last pulled (`server_status`).

import type { Migration } from './types';

/** A random (version 4) UUID in SQL, for revisions saved before this migration. */
const RANDOM_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
  substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
  substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

export const serverMigration: Migration = {
  id: 6,
  name: 'server',
  sql: `
DROP TRIGGER revisions_immutable;

ALTER TABLE revisions ADD COLUMN uuid TEXT;
UPDATE revisions SET uuid = ${RANDOM_UUID};
CREATE UNIQUE INDEX revisions_by_uuid ON revisions (uuid);

-- A revision is history: only its approval may be recorded, once; its UUID never changes.
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
WHEN old.approved_at IS NOT NULL
  OR new.sop_key IS NOT old.sop_key OR new.number IS NOT old.number
  OR new.created_at IS NOT old.created_at OR new.author IS NOT old.author
  OR new.note IS NOT old.note OR new.document IS NOT old.document OR new.sha IS NOT old.sha
  OR new.uuid IS NOT old.uuid
BEGIN
  SELECT RAISE(ABORT, 'revisions are immutable');
END;

CREATE TRIGGER revisions_have_uuid BEFORE INSERT ON revisions
WHEN new.uuid IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a revision needs its uuid');
END;

-- sent: published from here; pulled: brought from the server; superseded: never sent, overtaken
-- by a newer revision pulled from the server.
CREATE TABLE server_revisions (
  revision_key INTEGER PRIMARY KEY REFERENCES revisions (key) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('sent', 'pulled', 'superseded')),
  at TEXT NOT NULL
);

CREATE TABLE outbox (
  sop_key INTEGER PRIMARY KEY REFERENCES sops (key) ON DELETE CASCADE,
  queued_at TEXT NOT NULL,
  last_message TEXT NOT NULL DEFAULT ''
);

CREATE TABLE server_status (
  sop_key INTEGER PRIMARY KEY REFERENCES sops (key) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'accepted', 'set')),
  review_note TEXT NOT NULL DEFAULT '',
  reviewed_by TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT,
  decree_number TEXT NOT NULL DEFAULT '',
  decree_date TEXT,
  decree_numeral TEXT NOT NULL DEFAULT '',
  pulled_at TEXT NOT NULL
);
`,
};
