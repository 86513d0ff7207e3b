// The register: units, their SOPs and immutable revisions, the bureau's reviews and decrees, with
// row-level security. Run as the owner role `sop_owner` (setup.ts), so the tables belong to it and
// no login owns them. Who may do what (docs/server.md, "Access"):
// - every registered login (a unit or the bureau) reads everything of this database;
// - a unit adds only its own SOPs and revisions; a revision follows the server's latest one of its
//   SOP (else it is refused as stale), and one already there is skipped, so sending twice is a no-op;
// - only the bureau adds reviews and decrees; nobody updates or deletes a revision.
// A login of another database on the same cluster is not in `units`, so it sees and adds nothing.
// The register's columns on `sops` (latest revision, status, review, decree, search) are kept by
// triggers that run as the owner; logins have no UPDATE on any table.

import { MAX_SOP_FILE_BYTES } from '../../../../shared/limits';
import type { ServerMigration } from './types';

export const registerMigration: ServerMigration = {
  id: 1,
  name: 'register',
  sql: `
CREATE TABLE sop.units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  login name NOT NULL UNIQUE,
  bureau boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The unit of a login (reading units past its own policy, as the owner), and of the login
-- running the statement; NULL for a login not registered here.
CREATE FUNCTION sop.unit_of(login name) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sop, pg_temp
AS $$ SELECT id FROM sop.units WHERE units.login = unit_of.login $$;

CREATE FUNCTION sop.bureau_login(login name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sop, pg_temp
AS $$ SELECT coalesce((SELECT bureau FROM sop.units WHERE units.login = bureau_login.login), false) $$;

CREATE FUNCTION sop.current_unit() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT sop.unit_of(current_user) $$;

CREATE FUNCTION sop.is_bureau() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT sop.bureau_login(current_user) $$;

CREATE TABLE sop.sops (
  id uuid PRIMARY KEY,
  unit_id uuid NOT NULL REFERENCES sop.units (id) DEFAULT sop.current_unit(),
  unit_name text NOT NULL DEFAULT '',
  name text NOT NULL DEFAULT '',
  number text NOT NULL DEFAULT '',
  latest_revision uuid,
  revision_count integer NOT NULL DEFAULT 0,
  published_at timestamptz,
  status text NOT NULL DEFAULT 'submitted'
    CHECK (status IN ('submitted', 'returned', 'accepted', 'set')),
  review_note text NOT NULL DEFAULT '',
  reviewed_by text NOT NULL DEFAULT '',
  reviewed_at timestamptz,
  decree_number text NOT NULL DEFAULT '',
  decree_date date,
  decree_numeral text NOT NULL DEFAULT '',
  search tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sops_by_unit ON sop.sops (unit_id, name);
CREATE INDEX sops_by_name ON sop.sops (name, id);
-- The register's order (unit, name) from one index, so a page never sorts the whole register.
CREATE INDEX sops_register ON sop.sops (unit_name, name, id) WHERE latest_revision IS NOT NULL;
CREATE INDEX sops_by_status ON sop.sops (status, name);
CREATE INDEX sops_search ON sop.sops USING gin (search);

CREATE TABLE sop.revisions (
  id uuid PRIMARY KEY,
  sop_id uuid NOT NULL REFERENCES sop.sops (id),
  unit_id uuid NOT NULL REFERENCES sop.units (id) DEFAULT sop.current_unit(),
  base_id uuid REFERENCES sop.revisions (id),
  seq integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  number text NOT NULL,
  -- No larger than a .sop.json file the app accepts (docs/format.md §7).
  document jsonb NOT NULL CHECK (octet_length(document::text) <= ${MAX_SOP_FILE_BYTES}),
  sha text NOT NULL,
  author text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  saved_at timestamptz NOT NULL,
  published_by text NOT NULL DEFAULT current_user,
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (sop_id, seq)
);

CREATE TABLE sop.reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  revision_id uuid NOT NULL REFERENCES sop.revisions (id),
  status text NOT NULL CHECK (status IN ('returned', 'accepted')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
  reviewed_by text NOT NULL DEFAULT current_user,
  reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_by_revision ON sop.reviews (revision_id, reviewed_at);

CREATE TABLE sop.decrees (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 200),
  date date NOT NULL,
  title text NOT NULL DEFAULT '',
  recorded_by text NOT NULL DEFAULT current_user,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- The SOPs a decree sets: each an accepted revision, under its LAMPIRAN numeral.
CREATE TABLE sop.decree_sops (
  decree_id uuid NOT NULL REFERENCES sop.decrees (id),
  revision_id uuid NOT NULL REFERENCES sop.revisions (id),
  numeral text NOT NULL CHECK (length(numeral) BETWEEN 1 AND 20),
  position integer NOT NULL,
  PRIMARY KEY (decree_id, revision_id),
  UNIQUE (decree_id, numeral)
);

-- A revision joins its SOP's history in order: one already here is skipped (a resend), one
-- not based on the server's latest is refused (SOP01: stale), and its number is the next.
CREATE FUNCTION sop.revision_in_order() RETURNS trigger
LANGUAGE plpgsql SET search_path = sop, pg_temp AS $$
DECLARE
  latest record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(NEW.sop_id::text, 0));
  IF EXISTS (SELECT 1 FROM sop.revisions WHERE id = NEW.id) THEN
    RETURN NULL;
  END IF;
  SELECT id, seq INTO latest FROM sop.revisions WHERE sop_id = NEW.sop_id ORDER BY seq DESC LIMIT 1;
  IF latest.id IS DISTINCT FROM NEW.base_id THEN
    RAISE EXCEPTION 'revision % is based on %, the server has %', NEW.id, NEW.base_id, latest.id
      USING ERRCODE = 'SOP01';
  END IF;
  NEW.seq := coalesce(latest.seq, 0) + 1;
  NEW.published_by := current_user;
  NEW.published_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER revisions_in_order BEFORE INSERT ON sop.revisions
FOR EACH ROW EXECUTE FUNCTION sop.revision_in_order();

-- Published revisions, reviews and decrees are history: nobody changes or removes them.
CREATE FUNCTION sop.history_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published history cannot be changed' USING ERRCODE = 'SOP02';
END $$;
CREATE TRIGGER revisions_kept BEFORE UPDATE OR DELETE ON sop.revisions
FOR EACH ROW EXECUTE FUNCTION sop.history_kept();
CREATE TRIGGER revisions_not_truncated BEFORE TRUNCATE ON sop.revisions
FOR EACH STATEMENT EXECUTE FUNCTION sop.history_kept();
CREATE TRIGGER reviews_kept BEFORE UPDATE OR DELETE ON sop.reviews
FOR EACH ROW EXECUTE FUNCTION sop.history_kept();
CREATE TRIGGER reviews_not_truncated BEFORE TRUNCATE ON sop.reviews
FOR EACH STATEMENT EXECUTE FUNCTION sop.history_kept();
CREATE TRIGGER decree_sops_kept BEFORE UPDATE OR DELETE ON sop.decree_sops
FOR EACH ROW EXECUTE FUNCTION sop.history_kept();

-- The register's columns follow the history (as the owner: logins cannot UPDATE sops). A new
-- revision is submitted afresh: the review and the decree were of the one before.
CREATE FUNCTION sop.register_revision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sop, pg_temp AS $$
BEGIN
  UPDATE sop.sops SET
    unit_name = (SELECT u.name FROM sop.units u WHERE u.id = NEW.unit_id),
    name = NEW.name, number = NEW.number, latest_revision = NEW.id, revision_count = NEW.seq,
    published_at = NEW.published_at, status = 'submitted',
    review_note = '', reviewed_by = '', reviewed_at = NULL,
    decree_number = '', decree_date = NULL, decree_numeral = '',
    search = setweight(to_tsvector('indonesian', NEW.name || ' ' || NEW.number), 'A')
      || jsonb_to_tsvector('indonesian', NEW.document, '["string"]')
  WHERE id = NEW.sop_id;
  RETURN NULL;
END $$;
CREATE TRIGGER revisions_register AFTER INSERT ON sop.revisions
FOR EACH ROW EXECUTE FUNCTION sop.register_revision();

-- Only the latest revision's review counts; one of an older revision is refused. The register
-- names the reviewer by the unit (Bagian Organisasi), the review keeps the login.
CREATE FUNCTION sop.register_review() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sop, pg_temp AS $$
BEGIN
  UPDATE sop.sops SET status = NEW.status, review_note = NEW.note,
    reviewed_by = coalesce((SELECT name FROM sop.units WHERE login = NEW.reviewed_by), NEW.reviewed_by),
    reviewed_at = NEW.reviewed_at,
    decree_number = '', decree_date = NULL, decree_numeral = ''
  WHERE latest_revision = NEW.revision_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'revision % is not the latest of its SOP', NEW.revision_id USING ERRCODE = 'SOP03';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER reviews_register AFTER INSERT ON sop.reviews
FOR EACH ROW EXECUTE FUNCTION sop.register_review();

-- A decree sets accepted latest revisions only.
CREATE FUNCTION sop.register_decree() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sop, pg_temp AS $$
DECLARE
  decree record;
BEGIN
  SELECT number, date INTO decree FROM sop.decrees WHERE id = NEW.decree_id;
  UPDATE sop.sops SET status = 'set', decree_number = decree.number,
    decree_date = decree.date, decree_numeral = NEW.numeral
  WHERE latest_revision = NEW.revision_id AND status = 'accepted';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'revision % is not an accepted latest revision', NEW.revision_id
      USING ERRCODE = 'SOP04';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER decree_sops_register AFTER INSERT ON sop.decree_sops
FOR EACH ROW EXECUTE FUNCTION sop.register_decree();

ALTER TABLE sop.units ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop.sops ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop.revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop.reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop.decrees ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop.decree_sops ENABLE ROW LEVEL SECURITY;

CREATE POLICY registered_read ON sop.units FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);
CREATE POLICY registered_read ON sop.sops FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);
CREATE POLICY registered_read ON sop.revisions FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);
CREATE POLICY registered_read ON sop.reviews FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);
CREATE POLICY registered_read ON sop.decrees FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);
CREATE POLICY registered_read ON sop.decree_sops FOR SELECT
  USING ((SELECT sop.current_unit()) IS NOT NULL);

CREATE POLICY own_unit_adds ON sop.sops FOR INSERT
  WITH CHECK (unit_id = (SELECT sop.current_unit()));
CREATE POLICY own_unit_adds ON sop.revisions FOR INSERT
  WITH CHECK (
    unit_id = (SELECT sop.current_unit())
    AND EXISTS (SELECT 1 FROM sop.sops s WHERE s.id = sop_id AND s.unit_id = (SELECT sop.current_unit()))
  );
CREATE POLICY bureau_adds ON sop.reviews FOR INSERT WITH CHECK ((SELECT sop.is_bureau()));
CREATE POLICY bureau_adds ON sop.decrees FOR INSERT WITH CHECK ((SELECT sop.is_bureau()));
CREATE POLICY bureau_adds ON sop.decree_sops FOR INSERT WITH CHECK ((SELECT sop.is_bureau()));

GRANT USAGE ON SCHEMA sop TO sop_unit, sop_bureau;
GRANT SELECT ON ALL TABLES IN SCHEMA sop TO sop_unit, sop_bureau;
-- Only the columns a login sends: the register's columns, numbers, names and times are the
-- server's (defaults and triggers), so no login can write a status, reviewer or decree itself.
GRANT INSERT (id) ON sop.sops TO sop_unit;
GRANT INSERT (id, sop_id, base_id, name, number, document, sha, author, note, saved_at)
  ON sop.revisions TO sop_unit;
GRANT INSERT (revision_id, status, note) ON sop.reviews TO sop_bureau;
GRANT INSERT (number, date, title) ON sop.decrees TO sop_bureau;
GRANT INSERT (decree_id, revision_id, numeral, position) ON sop.decree_sops TO sop_bureau;
GRANT EXECUTE ON FUNCTION sop.current_unit(), sop.is_bureau(), sop.unit_of(name), sop.bureau_login(name)
  TO sop_unit, sop_bureau;
`,
};
