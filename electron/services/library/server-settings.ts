// The organisation server this library talks to (Pengaturan → Server organisasi): its URL without
// a password, and the unit and bureau flag the server reported at the last successful test.

import { z } from 'zod';
import type { LibraryContext } from './context';

const SERVER_KEY = 'organisationServer';

export const storedServerSchema = z.object({
  url: z.string(),
  unit: z.string(),
  bureau: z.boolean(),
});
export type StoredServer = z.infer<typeof storedServerSchema>;

export const NO_SERVER: StoredServer = { url: '', unit: '', bureau: false };

export function readServer(ctx: LibraryContext): StoredServer {
  const stored = storedServerSchema.safeParse(ctx.settings.get(SERVER_KEY));
  return stored.success ? stored.data : NO_SERVER;
}

export function writeServer(ctx: LibraryContext, server: StoredServer): StoredServer {
  const valid = storedServerSchema.parse(server);
  ctx.settings.set(SERVER_KEY, valid);
  return valid;
}
