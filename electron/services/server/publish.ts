// Kirim ke Biro: the chosen SOPs go into the outbox, then the outbox is sent. Each SOP is one
// transaction on the server: its row (once) and every saved revision not yet known to be there,
// in one multi-row INSERT, each based on the one before. The server skips a revision it already
// has, so a resend after a cut is harmless; a revision not based on the server's latest is
// refused as stale. Only after COMMIT does the library record the revisions as sent; an SOP that
// could not be sent stays in the outbox with the reason.

import { SopError } from '../../../shared/errors';
import type { PublishOutcome } from '../../../shared/model/server';
import { unpackDocument } from '../../db/document-codec';
import type { OutboxEntry, UnsentRevision } from '../../db/repositories/server';
import type { LibraryContext } from '../library/context';
import type { RunOptions } from '../workers/protocol';
import { requireSop } from '../library/context';
import { connectServer, inTransaction, type ServerClient, type ServerTarget } from './connection';
import { serverError, STALE_REVISION_MESSAGE } from './errors';
import { serverSopId } from './sop-id';

export type PublishOptions = RunOptions;

/** A cancel stops between SOPs: each SOP is on the server whole or not at all. */
function stopped(done: number): SopError {
  return new SopError(
    'cancelled',
    `Pengiriman dihentikan. ${done} SOP sudah terkirim utuh; sisanya tetap menunggu di kotak keluar dan dikirim nanti.`,
    `publish cancelled after ${done} SOPs`,
  );
}

/** Puts the SOPs (`all`: every live SOP of the library) in the outbox. */
export function queueSops(ctx: LibraryContext, ids: readonly string[] | 'all'): void {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const keys =
      ids === 'all'
        ? ctx.server
            .localSops()
            .filter((sop) => !sop.deleted)
            .map((sop) => sop.key)
        : ids.map((id) => requireSop(ctx, id).key);
    for (const key of keys) ctx.server.queue(key, at);
  })();
}

/** Sends every SOP of the outbox; reports each. The outbox keeps what failed. */
export async function sendOutbox(
  ctx: LibraryContext,
  target: ServerTarget,
  options: PublishOptions = {},
): Promise<PublishOutcome[]> {
  const entries = ctx.server.outbox();
  if (entries.length === 0) return [];
  let client: ServerClient;
  try {
    client = await connectServer(target);
  } catch (error) {
    return entries.map((entry) => failed(ctx, entry, serverError(error, '')));
  }
  try {
    return await sendEntries(ctx, client, entries, options);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function sendEntries(
  ctx: LibraryContext,
  client: ServerClient,
  entries: readonly OutboxEntry[],
  options: PublishOptions,
): Promise<PublishOutcome[]> {
  const outcomes: PublishOutcome[] = [];
  let lost: SopError | null = null;
  for (const entry of entries) {
    if (options.signal?.aborted) throw stopped(outcomes.filter((o) => o.state === 'sent').length);
    if (lost) {
      outcomes.push(failed(ctx, entry, lost));
    } else {
      try {
        outcomes.push(await sendSop(ctx, client, entry));
      } catch (error) {
        const failure = serverError(error, client.where);
        if (failure.code === 'conflict' && failure.message === STALE_REVISION_MESSAGE) {
          outcomes.push(stale(ctx, entry));
        } else {
          // With the connection gone, the rest cannot go either: they wait for the next send.
          if (failure.code === 'unreachable') lost = failure;
          outcomes.push(failed(ctx, entry, failure));
        }
      }
    }
    options.onProgress?.(outcomes.length, entries.length);
  }
  return outcomes;
}

async function sendSop(
  ctx: LibraryContext,
  client: ServerClient,
  entry: OutboxEntry,
): Promise<PublishOutcome> {
  const unsent = ctx.server.unsentRevisions(entry.sopKey);
  if (unsent.length === 0) {
    ctx.server.dequeue(entry.sopKey);
    const message =
      ctx.server.history(entry.sopKey).length === 0
        ? 'belum ada revisi tersimpan; tidak ada yang dikirim'
        : 'sudah ada di server';
    return outcome(entry, 'up-to-date', 0, message);
  }
  const sopId = serverSopId(entry.id);
  const rows = revisionRows(sopId, baseOf(ctx, entry.sopKey, unsent), unsent);
  const sent = await inTransaction(client, async () => {
    await client.query('INSERT INTO sop.sops (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
      sopId,
    ]);
    return (await client.query(insertRevisions(rows.length), rows.flat())).rowCount ?? 0;
  });
  recordSent(ctx, entry, unsent, sent);
  return sent > 0
    ? outcome(entry, 'sent', sent, `dikirim ${sent} revisi`)
    : outcome(entry, 'up-to-date', 0, 'sudah ada di server');
}

/** The UUID of the nearest earlier revision that counts (not superseded) before the first unsent. */
function baseOf(
  ctx: LibraryContext,
  sopKey: number,
  unsent: readonly UnsentRevision[],
): string | null {
  const firstKey = unsent[0]?.key;
  let base: string | null = null;
  for (const revision of ctx.server.history(sopKey)) {
    if (revision.key === firstKey) break;
    if (revision.state !== 'superseded') base = revision.uuid;
  }
  return base;
}

const COLUMNS = 10;

function revisionRows(
  sopId: string,
  firstBase: string | null,
  unsent: readonly UnsentRevision[],
): unknown[][] {
  let base = firstBase;
  return unsent.map((revision) => {
    const json = unpackDocument(revision.document);
    const { identity } = JSON.parse(json) as { identity: { name: string; number: string } };
    const row = [
      revision.uuid,
      sopId,
      base,
      identity.name,
      identity.number,
      json,
      revision.sha,
      revision.author,
      revision.note,
      revision.createdAt,
    ];
    base = revision.uuid;
    return row;
  });
}

/** One INSERT of `count` revisions, in history order (the server numbers them as they come). */
function insertRevisions(count: number): string {
  const values = Array.from({ length: count }, (_, row) => {
    const p = (column: number) => `$${row * COLUMNS + column}`;
    return `(${p(1)}::uuid, ${p(2)}::uuid, ${p(3)}::uuid, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}::timestamptz)`;
  });
  return `INSERT INTO sop.revisions (id, sop_id, base_id, name, number, document, sha, author, note, saved_at)
    VALUES ${values.join(', ')}`;
}

function recordSent(
  ctx: LibraryContext,
  entry: OutboxEntry,
  unsent: readonly UnsentRevision[],
  sent: number,
): void {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.server.markRevisions(
      unsent.map((revision) => revision.key),
      'sent',
      at,
    );
    ctx.server.dequeue(entry.sopKey);
    // The server's register starts a new revision afresh: submitted, not yet reviewed.
    if (sent > 0) ctx.server.writeStatus(entry.sopKey, SUBMITTED, at);
  })();
}

const SUBMITTED = {
  status: 'submitted',
  note: '',
  reviewedBy: '',
  reviewedAt: null,
  decreeNumber: '',
  decreeDate: null,
  decreeNumeral: '',
} as const;

function stale(ctx: LibraryContext, entry: OutboxEntry): PublishOutcome {
  ctx.server.setLastMessage(entry.sopKey, STALE_REVISION_MESSAGE);
  return outcome(entry, 'stale', 0, STALE_REVISION_MESSAGE);
}

function failed(ctx: LibraryContext, entry: OutboxEntry, failure: SopError): PublishOutcome {
  ctx.server.setLastMessage(entry.sopKey, failure.message);
  return outcome(entry, 'failed', 0, failure.message);
}

function outcome(
  entry: OutboxEntry,
  state: PublishOutcome['state'],
  sent: number,
  message: string,
): PublishOutcome {
  return { id: entry.id, name: entry.name, sent, state, message };
}
