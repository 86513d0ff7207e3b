// Approval outlives edits: whether an SOP is approved follows from its approved revision, and
// whether its draft holds changes not yet approved from comparing the two (repositories/sops.ts).
// The stored status said only "the draft is the approved revision" and lost the approval at the
// first edit, so it goes.

import type { Migration } from './types';

export const approvalMigration: Migration = {
  id: 4,
  name: 'approval',
  sql: `
ALTER TABLE sops DROP COLUMN status;
`,
};
