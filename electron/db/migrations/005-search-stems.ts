// Search by word form (lapor finds pelaporan, bina finds pembinaan): the search index gains two
// columns holding the Indonesian stems of the name and of the body (shared/rules/stem.ts, through
// the `sop_stems` function every connection registers), and every existing SOP is indexed again.

import type { Migration } from './types';

const list = (row: string, path: string, field = '') => `
  (SELECT group_concat(${field ? `json_extract(value, '$.${field}')` : 'value'}, char(10))
     FROM json_each(sop_json(${row}.draft), '${path}'))`;

/** The indexed values of one `sops` row named `row`; also used to rebuild the index. */
export const searchValues = (row: string) => `
  ${row}.key, ${row}.name, ${row}.number, ${row}.unit,
  ${list(row, '$.steps', 'activity')}, ${list(row, '$.steps', 'output')},
  ${list(row, '$.identity.legalBasis')},
  sop_stems(${row}.name),
  sop_stems(${row}.unit, ${list(row, '$.steps', 'activity')}, ${list(row, '$.steps', 'output')},
    ${list(row, '$.identity.legalBasis')})`;

export const searchColumns =
  'rowid, name, number, unit, activities, outputs, legal_basis, name_stems, body_stems';

export const searchStemsMigration: Migration = {
  id: 5,
  name: 'search-stems',
  sql: `
DROP TRIGGER sops_search_insert;
DROP TRIGGER sops_search_update;
DROP TRIGGER sops_search_delete;
DROP TABLE sop_search;

CREATE VIRTUAL TABLE sop_search USING fts5 (
  name, number, unit, activities, outputs, legal_basis, name_stems, body_stems,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO sop_search (${searchColumns}) SELECT ${searchValues('sops')} FROM sops;

CREATE TRIGGER sops_search_insert AFTER INSERT ON sops BEGIN
  INSERT INTO sop_search (${searchColumns}) VALUES (${searchValues('new')});
END;

CREATE TRIGGER sops_search_update AFTER UPDATE OF draft, name, number, unit ON sops BEGIN
  DELETE FROM sop_search WHERE rowid = old.key;
  INSERT INTO sop_search (${searchColumns}) VALUES (${searchValues('new')});
END;

CREATE TRIGGER sops_search_delete AFTER DELETE ON sops BEGIN
  DELETE FROM sop_search WHERE rowid = old.key;
END;
`,
};
