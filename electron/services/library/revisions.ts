// The revision history: save a revision (Simpan), approve one (Sahkan), list and open them
// read-only, restore one as the new draft, and compare two.

import { SopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import { diffSops } from '../../../shared/model/diff';
import type { SopDiff } from '../../../shared/model/diff';
import type { DraftSaveResult, RevisionInfo, RevisionRecord } from '../../../shared/model/library';
import type { LibraryContext } from './context';
import { decodeDocument, requireSop } from './context';
import { writeDraft } from './documents';
import { durably } from '../../db/connection';

/** A revision number, or the working draft. */
export type RevisionRef = number | 'draft';

/**
 * Writes the current draft as the next revision. An unchanged draft with no note gives back the
 * newest revision instead of a duplicate (saving on close must not grow the history).
 */
export function saveRevision(ctx: LibraryContext, id: string, note: string): RevisionInfo {
  return durably(ctx.db, () => appendRevision(ctx, id, note));
}

function appendRevision(ctx: LibraryContext, id: string, note: string): RevisionInfo {
  const row = requireSop(ctx, id);
  const latest = ctx.revisions.latest(row.key);
  if (latest && latest.sha === row.draftSha && note.trim() === '') {
    return findRevision(ctx, row.key, latest.number).info;
  }
  const number = ctx.revisions.append(row.key, {
    createdAt: ctx.now().toISOString(),
    author: ctx.author,
    note: note.trim(),
    document: row.draft,
    sha: row.draftSha,
  });
  return findRevision(ctx, row.key, number).info;
}

/** Sahkan: saves the draft as a revision if needed and freezes that revision as approved. */
export function approveSop(ctx: LibraryContext, id: string, note: string): RevisionInfo {
  return durably(ctx.db, () => {
    const row = requireSop(ctx, id);
    const latest = ctx.revisions.latest(row.key);
    const reuse = latest && latest.sha === row.draftSha;
    const number = reuse ? latest.number : appendRevision(ctx, id, note || 'Disahkan').number;
    const at = ctx.now().toISOString();
    ctx.revisions.markApproved(row.key, number, at);
    ctx.sops.markApproved(row.key, number, at);
    return findRevision(ctx, row.key, number).info;
  });
}

export function listRevisions(ctx: LibraryContext, id: string): RevisionInfo[] {
  return ctx.revisions.list(requireSop(ctx, id).key);
}

export function openRevision(ctx: LibraryContext, id: string, number: number): RevisionRecord {
  const stored = findRevision(ctx, requireSop(ctx, id).key, number);
  return { info: stored.info, document: decodeDocument(stored.document) };
}

export function restoreRevision(ctx: LibraryContext, id: string, number: number): DraftSaveResult {
  return ctx.db.transaction(() => {
    const row = requireSop(ctx, id);
    const stored = findRevision(ctx, row.key, number);
    return writeDraft(ctx, row, decodeDocument(stored.document));
  })();
}

export function compareRevisions(
  ctx: LibraryContext,
  id: string,
  before: RevisionRef,
  after: RevisionRef,
): SopDiff {
  const row = requireSop(ctx, id);
  const load = (ref: RevisionRef): SopDocument =>
    decodeDocument(ref === 'draft' ? row.draft : findRevision(ctx, row.key, ref).document);
  return diffSops(load(before), load(after));
}

function findRevision(ctx: LibraryContext, sopKey: number, number: number) {
  const stored = ctx.revisions.find(sopKey, number);
  if (!stored) {
    throw new SopError(
      'not-found',
      `Revisi ${number} tidak ada dalam riwayat SOP ini. Muat ulang riwayat revisi.`,
      `sop key ${sopKey}, revision ${number}`,
    );
  }
  return stored;
}
