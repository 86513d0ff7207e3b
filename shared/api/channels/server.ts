// Channels of the organisation server (Server organisasi, docs/server.md): the connection kept in
// the library's settings (the password in the OS keychain, never sent back), the register of
// every unit's published SOPs, the bureau's review and decree, and the SOP book of a decree.

import { z } from 'zod';
import type { SopDocument } from '../../model';
import type { SopRecord } from '../../model/library';
import {
  SERVER_STATUSES,
  type LocalServerStatus,
  type PublishOutcome,
  type PullOutcome,
  type RegisterRow,
} from '../../model/server';
import { channel } from '../define';
import { bookOptionsSchema } from './pdf';
import { jobIdSchema } from './job';

/** Where the server's password is kept: the OS keychain, or (preview) memory for this run. */
export type PasswordKeeping = 'keychain' | 'memory';

/** The stored connection as the renderer sees it: never the password itself. */
export type ServerSettings = {
  /** `postgres://login@host:port/db?…` without a password; '' when no server is set. */
  url: string;
  /** The unit the server knows this login as, from the last successful test; '' before. */
  unit: string;
  /** Whether the login is the bureau's (Bagian Organisasi), from the last successful test. */
  bureau: boolean;
  passwordStored: boolean;
  passwordKeeping: PasswordKeeping;
};

export type RegisterView = {
  total: number;
  rows: RegisterRow[];
  /** The connected login is the bureau's: review and decree are offered. */
  bureau: boolean;
};

const sopIdSchema = z.string().uuid();
/** A library SOP's id (its server id, or mapped to one: docs/architecture.md). */
const librarySopIdSchema = z.string().min(1).max(64);

/** The address as typed; whether it is a postgres:// URL is said by the handler, in words. */
export const serverUrlSchema = z.string().trim().min(1).max(2_000);

export const registerQuerySchema = z
  .object({
    unit: z.string().max(200).optional(),
    status: z.enum(SERVER_STATUSES).optional(),
    search: z.string().max(200).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const decreeSchema = z
  .object({
    number: z.string().trim().min(1).max(200),
    date: isoDateSchema,
    title: z.string().max(1_000),
    entries: z
      .array(z.object({ sopId: sopIdSchema, numeral: z.string().trim().min(1).max(20) }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type DecreeInput = z.infer<typeof decreeSchema>;

export const serverChannels = {
  'server:settings': channel<ServerSettings>()(z.tuple([])),
  /**
   * Stores the URL (a password written in it is moved to the keychain) and the password when
   * given, then connects: the settings with the unit's name and the bureau flag, or the error.
   */
  'server:connect': channel<ServerSettings>()(
    z.tuple([serverUrlSchema, z.string().max(1_000).optional()]),
  ),
  /** Forgets the server: URL, unit and the stored password. */
  'server:forget': channel<ServerSettings>()(z.tuple([])),
  'server:register': channel<RegisterView>()(z.tuple([registerQuerySchema])),
  /** The names of every unit on the server, for the register's filter. */
  'server:units': channel<string[]>()(z.tuple([])),
  /** The document of an SOP's latest published revision (read-only). */
  'server:document': channel<SopDocument>()(z.tuple([sopIdSchema])),
  /** A new local SOP from a published one (Gunakan sebagai templat). */
  'server:useAsTemplate': channel<SopRecord>()(z.tuple([sopIdSchema])),
  /** The bureau's review of an SOP's latest revision (a returned one needs a note). */
  'server:review': channel<RegisterRow>()(
    z.tuple([sopIdSchema, z.enum(['returned', 'accepted']), z.string().max(5_000)]),
  ),
  /** The decree setting accepted SOPs, each under its LAMPIRAN numeral, in the listed order. */
  'server:recordDecree': channel<null>()(z.tuple([decreeSchema])),
  /** Buku keputusan: the SOP book PDF of a decree's SOPs in its order. */
  'server:decreeBook': channel<Uint8Array>()(
    z.tuple([
      z.string().trim().min(1).max(200),
      bookOptionsSchema.optional(),
      jobIdSchema.optional(),
    ]),
  ),
  /** Every library SOP's standing with the server, by library id (no connection needed). */
  'server:statuses': channel<Record<string, LocalServerStatus>>()(z.tuple([])),
  'server:status': channel<LocalServerStatus>()(z.tuple([librarySopIdSchema])),
  /**
   * Kirim ke Biro: queues the SOPs (`all`: every SOP of the library) and sends the whole outbox;
   * what happened to each SOP sent or tried. Progress under the job id.
   */
  'server:publish': channel<PublishOutcome[]>()(
    z.tuple([
      z.union([z.array(librarySopIdSchema).min(1).max(100_000), z.literal('all')]),
      jobIdSchema.optional(),
    ]),
  ),
  /** Tarik pembaruan: the register's word and newer revisions of the unit's own SOPs. */
  'server:pull': channel<PullOutcome>()(z.tuple([jobIdSchema.optional()])),
};
