// The organisation server's schema steps, in order (docs/server.md, "Schema changes").

import { registerMigration } from './001-register';
import type { ServerMigration } from './types';

export type { ServerMigration } from './types';

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [registerMigration];
