// Working drafts: create, open, autosave in place, rename, duplicate. The first edit of an approved
// SOP's draft makes it a change of the approved revision (which stays approved) and fills
// Tanggal Revisi with today's date.

import { randomUUID } from 'node:crypto';
import type { SopDocument } from '../../../shared/model';
import { emptySop, parseSopValue } from '../../../shared/model';
import type { DraftSaveResult, SopRecord, SopSummary } from '../../../shared/model/library';
import type { SopRow } from '../../db/repositories/sops';
import type { LibraryContext } from './context';
import { decodeDocument, draftFields, encodeDocument, requireSop } from './context';
import { formatIndonesianDate } from './dates';
import { readProfile } from './profile';

export function createSop(
  ctx: LibraryContext,
  fromProfile: boolean,
  executors: readonly string[] = [],
): SopRecord {
  const doc = fromProfile ? emptySop(readProfile(ctx)) : emptySop();
  doc.executors = executors.map((name, index) => ({ id: `e${index + 1}`, name: name.trim() }));
  return insertSop(ctx, parseSopValue(doc));
}

/** Adds a new SOP whose draft is `doc` (already validated); its history starts empty. */
export function insertSop(ctx: LibraryContext, doc: SopDocument): SopRecord {
  const id = randomUUID();
  const encoded = encodeDocument(doc);
  ctx.sops.insert(id, draftFields(doc, encoded, ctx.now().toISOString()));
  return openSop(ctx, id);
}

export function openSop(ctx: LibraryContext, id: string): SopRecord {
  const row = requireSop(ctx, id);
  return { summary: row.summary, document: decodeDocument(row.draft) };
}

export function sopSummary(ctx: LibraryContext, id: string): SopSummary {
  return requireSop(ctx, id).summary;
}

/** Autosave: replaces the draft in place (no revision); unchanged documents are not written. */
export function saveDraft(ctx: LibraryContext, id: string, doc: SopDocument): DraftSaveResult {
  const valid = parseSopValue(doc);
  return ctx.db.transaction(() => writeDraft(ctx, requireSop(ctx, id), valid))();
}

/** Must run inside a transaction. */
export function writeDraft(ctx: LibraryContext, row: SopRow, doc: SopDocument): DraftSaveResult {
  let document = doc;
  let encoded = encodeDocument(document);
  if (encoded.sha === row.draftSha) {
    return { summary: row.summary, document, revisionDateFilled: false };
  }
  const { status, unapprovedChanges } = row.summary;
  // The draft was the approved revision until now: this edit starts the next revision.
  const revisionDateFilled = status === 'approved' && !unapprovedChanges;
  if (revisionDateFilled) {
    const today = formatIndonesianDate(ctx.now());
    document = { ...doc, identity: { ...doc.identity, revisionDate: today } };
    encoded = encodeDocument(document);
  }
  ctx.sops.updateDraft(row.key, draftFields(document, encoded, ctx.now().toISOString()));
  return { summary: ctx.sops.summary(row.key), document, revisionDateFilled };
}

export function renameSop(ctx: LibraryContext, id: string, name: string): DraftSaveResult {
  return ctx.db.transaction(() => {
    const row = requireSop(ctx, id);
    const doc = decodeDocument(row.draft);
    return writeDraft(ctx, row, { ...doc, identity: { ...doc.identity, name } });
  })();
}

export function duplicateSop(ctx: LibraryContext, id: string): SopRecord {
  return ctx.db.transaction(() => {
    const doc = decodeDocument(requireSop(ctx, id).draft);
    const name = doc.identity.name ? `${doc.identity.name} (salinan)` : 'Salinan SOP';
    return insertSop(ctx, { ...doc, identity: { ...doc.identity, name } });
  })();
}
