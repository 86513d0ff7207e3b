// Settings (the organisation profile, Profil instansi) and the shared list of executor roles.

import type { Migration } from './types';

export const profileMigration: Migration = {
  id: 3,
  name: 'profile',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);

CREATE TABLE executor_roles (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  position INTEGER NOT NULL
);

INSERT INTO executor_roles (name, position) VALUES
  ('Pelaksana/Staf', 1),
  ('Kepala Seksi', 2),
  ('Kepala Sub Bagian', 3),
  ('Kepala Bidang', 4),
  ('Sekretaris', 5),
  ('Kepala Dinas', 6);
`,
};
