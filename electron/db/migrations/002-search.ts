// Full-text search (FTS5) over each SOP's working draft, kept in step by triggers so every
// write path, including older data present when this migration runs, is indexed.

import type { Migration } from './types';

/** The indexed values of one `sops` row named `row` (migration 5 replaced this index). */
const indexedValues = (row: string) => `
  ${row}.key, ${row}.name, ${row}.number, ${row}.unit,
  (SELECT group_concat(json_extract(value, '$.activity'), char(10))
     FROM json_each(sop_json(${row}.draft), '$.steps')),
  (SELECT group_concat(json_extract(value, '$.output'), char(10))
     FROM json_each(sop_json(${row}.draft), '$.steps')),
  (SELECT group_concat(value, char(10))
     FROM json_each(sop_json(${row}.draft), '$.identity.legalBasis'))`;

const columns = 'rowid, name, number, unit, activities, outputs, legal_basis';

export const searchMigration: Migration = {
  id: 2,
  name: 'search',
  sql: `
CREATE VIRTUAL TABLE sop_search USING fts5 (
  name, number, unit, activities, outputs, legal_basis,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO sop_search (${columns}) SELECT ${indexedValues('sops')} FROM sops;

CREATE TRIGGER sops_search_insert AFTER INSERT ON sops BEGIN
  INSERT INTO sop_search (${columns}) VALUES (${indexedValues('new')});
END;

CREATE TRIGGER sops_search_update AFTER UPDATE OF draft, name, number, unit ON sops BEGIN
  DELETE FROM sop_search WHERE rowid = old.key;
  INSERT INTO sop_search (${columns}) VALUES (${indexedValues('new')});
END;

CREATE TRIGGER sops_search_delete AFTER DELETE ON sops BEGIN
  DELETE FROM sop_search WHERE rowid = old.key;
END;
`,
};
