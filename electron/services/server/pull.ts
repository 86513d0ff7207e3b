// Tarik pembaruan: brings the server's word on the unit's own SOPs into the library. For each:
// the register's status, review note, reviewer and decree (kept in `server_status`); revisions
// published from another PC of the unit become local revisions (author: who published them),
// the local revisions never sent that they overtake are marked superseded, and the draft stays
// the user's, with the differences between it and the newest pulled revision reported. An own
// SOP the library does not have yet (published from another PC) is added with its history.

import { parseSopValue, type SopDocument } from '../../../shared/model';
import { diffSize, diffSops } from '../../../shared/model/diff';
import type { PullOutcome } from '../../../shared/model/server';
import { packDocument } from '../../db/document-codec';
import type { LocalSop, PulledStatus } from '../../db/repositories/server';
import type { LibraryContext } from '../library/context';
import { cancelledError } from '../workers/cancelled';
import type { RunOptions } from '../workers/protocol';
import { decodeDocument, draftFields, encodeDocument } from '../library/context';
import { withServer, type ServerClient, type ServerTarget } from './connection';
import { serverSopId } from './sop-id';

type OwnSop = PulledStatus & { id: string; name: string };
type ServerRevision = { id: string; sopId: string };
type PulledRevision = ServerRevision & {
  document: string;
  publishedBy: string;
  note: string;
  savedAt: string;
};

const UTC = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * Revisions fetched per query: each carries its whole document, so a pull of many revisions
 * goes in steps that show progress and can be cancelled between them.
 */
const REVISIONS_PER_FETCH = 20;

/**
 * Progress counts the revisions fetched, then the local transaction as one last step. A cancel
 * (Batal) counts until the pull is applied, in that one transaction: all or nothing.
 */
export async function pullFromServer(
  ctx: LibraryContext,
  target: ServerTarget,
  { signal, onProgress }: RunOptions = {},
): Promise<PullOutcome> {
  return withServer(target, async (client) => {
    const own = await ownSops(client);
    const onServer = await ownRevisions(client);
    const known = ctx.server.revisionUuids();
    const missing = onServer.filter((revision) => !known.has(revision.id)).map((r) => r.id);
    const total = missing.length + 1;
    const pulled: PulledRevision[] = [];
    for (let start = 0; start < missing.length; start += REVISIONS_PER_FETCH) {
      if (signal?.aborted) throw cancelledError();
      onProgress?.(pulled.length, total);
      pulled.push(
        ...(await pulledRevisions(client, missing.slice(start, start + REVISIONS_PER_FETCH))),
      );
    }
    if (signal?.aborted) throw cancelledError();
    onProgress?.(missing.length, total);
    const outcome = ctx.db.transaction(() => applyPull(ctx, own, onServer, pulled))();
    onProgress?.(total, total);
    return outcome;
  });
}

async function ownSops(client: ServerClient): Promise<OwnSop[]> {
  const found = await client.query<OwnSop>(
    `SELECT id, name, status, review_note AS note, reviewed_by AS "reviewedBy",
       ${UTC('reviewed_at')} AS "reviewedAt", decree_number AS "decreeNumber",
       to_char(decree_date, 'YYYY-MM-DD') AS "decreeDate", decree_numeral AS "decreeNumeral"
     FROM sop.sops WHERE unit_id = sop.current_unit() AND latest_revision IS NOT NULL`,
  );
  return found.rows;
}

async function ownRevisions(client: ServerClient): Promise<ServerRevision[]> {
  const found = await client.query<ServerRevision>(
    `SELECT id, sop_id AS "sopId" FROM sop.revisions WHERE unit_id = sop.current_unit()
     ORDER BY sop_id, seq`,
  );
  return found.rows;
}

async function pulledRevisions(client: ServerClient, ids: string[]): Promise<PulledRevision[]> {
  if (ids.length === 0) return [];
  const found = await client.query<PulledRevision>(
    `SELECT id, sop_id AS "sopId", document::text AS document, published_by AS "publishedBy",
       note, ${UTC('saved_at')} AS "savedAt"
     FROM sop.revisions WHERE id = ANY($1::uuid[]) ORDER BY sop_id, seq`,
    [ids],
  );
  return found.rows;
}

function applyPull(
  ctx: LibraryContext,
  own: readonly OwnSop[],
  onServer: readonly ServerRevision[],
  pulled: readonly PulledRevision[],
): PullOutcome {
  const at = ctx.now().toISOString();
  const local = new Map(ctx.server.localSops().map((sop) => [serverSopId(sop.id), sop]));
  const onServerIds = new Set(onServer.map((revision) => revision.id));
  const outcome: PullOutcome = { updated: [], revisions: [] };
  for (const sop of own) {
    const incoming = pulled.filter((revision) => revision.sopId === sop.id);
    const existing = local.get(sop.id);
    const target = existing ?? addSop(ctx, sop, incoming, at);
    if (!target) continue;
    const status = statusOf(sop);
    markKnownSent(ctx, target.key, onServerIds, at);
    if (incoming.length > 0) {
      const revision = takeRevisions(ctx, target.key, incoming, at);
      const differences = existing ? draftDifferences(ctx, target.id, incoming) : 0;
      outcome.revisions.push({ id: target.id, name: sop.name, revision, differences });
    }
    if (statusChanged(ctx.server.pulledStatus(target.key), status)) {
      outcome.updated.push({ id: target.id, name: sop.name, status: sop.status });
    }
    ctx.server.writeStatus(target.key, status, at);
  }
  return outcome;
}

/** Adds an own SOP published from another PC, its draft the newest revision. */
function addSop(
  ctx: LibraryContext,
  sop: OwnSop,
  incoming: readonly PulledRevision[],
  at: string,
): LocalSop | undefined {
  const newest = incoming[incoming.length - 1];
  if (!newest) return undefined;
  const doc = readDocument(newest.document);
  ctx.sops.insert(sop.id, draftFields(doc, encodeDocument(doc), at));
  const row = ctx.sops.find(sop.id);
  return row && { key: row.key, id: sop.id, name: sop.name, deleted: false };
}

/** Local revisions the server already has (sent before a cut, say) are recorded as sent. */
function markKnownSent(
  ctx: LibraryContext,
  sopKey: number,
  onServer: ReadonlySet<string>,
  at: string,
): void {
  const known = ctx.server
    .history(sopKey)
    .filter((revision) => revision.state === null && onServer.has(revision.uuid));
  ctx.server.markRevisions(
    known.map((revision) => revision.key),
    'sent',
    at,
  );
}

/**
 * Appends the pulled revisions to the history and supersedes the unsent ones they overtake;
 * returns the number of the newest.
 */
function takeRevisions(
  ctx: LibraryContext,
  sopKey: number,
  incoming: readonly PulledRevision[],
  at: string,
): number {
  const overtaken = ctx.server.history(sopKey).filter((revision) => revision.state === null);
  ctx.server.markRevisions(
    overtaken.map((revision) => revision.key),
    'superseded',
    at,
  );
  let number = 0;
  for (const revision of incoming) {
    const encoded = encodeDocument(readDocument(revision.document));
    number = ctx.revisions.append(sopKey, {
      createdAt: revision.savedAt,
      author: revision.publishedBy,
      note: revision.note ? `Dari server organisasi: ${revision.note}` : 'Dari server organisasi',
      document: packDocument(encoded.json),
      sha: encoded.sha,
      uuid: revision.id,
    });
  }
  const keys = ctx.server.history(sopKey).filter((revision) => revision.state === null);
  ctx.server.markRevisions(
    keys.map((revision) => revision.key),
    'pulled',
    at,
  );
  // Nothing of it is left to send: what waited was overtaken.
  ctx.server.dequeue(sopKey);
  return number;
}

/** How far the user's draft is from the newest pulled revision. */
function draftDifferences(
  ctx: LibraryContext,
  id: string,
  incoming: readonly PulledRevision[],
): number {
  const newest = incoming[incoming.length - 1];
  const row = ctx.sops.find(id) ?? ctx.sops.find(id, true);
  if (!newest || !row) return 0;
  return diffSize(diffSops(readDocument(newest.document), decodeDocument(row.draft)));
}

/** The stored JSON of the server (jsonb reorders keys) read back in the format's field order. */
function readDocument(json: string): SopDocument {
  return parseSopValue(JSON.parse(json));
}

function statusOf(sop: OwnSop): PulledStatus {
  const { status, note, reviewedBy, reviewedAt, decreeNumber, decreeDate, decreeNumeral } = sop;
  return { status, note, reviewedBy, reviewedAt, decreeNumber, decreeDate, decreeNumeral };
}

function statusChanged(before: PulledStatus | undefined, after: PulledStatus): boolean {
  if (!before) return true;
  return (Object.keys(after) as (keyof PulledStatus)[]).some(
    (field) => before[field] !== after[field],
  );
}
