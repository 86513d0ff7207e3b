// Every migration of the library schema, in order. Append only: a released migration is never
// edited (its checksum is recorded in each library it touched).

import { documentsMigration } from './001-documents';
import { searchMigration } from './002-search';
import { profileMigration } from './003-profile';
import { approvalMigration } from './004-approval';
import { searchStemsMigration } from './005-search-stems';
import { serverMigration } from './006-server';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  documentsMigration,
  searchMigration,
  profileMigration,
  approvalMigration,
  searchStemsMigration,
  serverMigration,
];
