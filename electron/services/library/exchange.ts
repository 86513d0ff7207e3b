// The exchange with the bureau: SOPs coming back (a returned workbook, updated .sop.json files)
// are matched to the library (shared/import/match.ts) and compared with the draft of the SOP they
// match. The plan says per SOP what would happen; nothing changes until it is applied. An update
// is a new draft and revision on top of the SOP: an approved revision is never changed.

import { SopError } from '../../../shared/errors';
import type {
  ExchangeAction,
  ExchangeDone,
  ExchangeReview,
  LibraryRef,
  SopMatch,
} from '../../../shared/import';
import { claimMatches, sopMatcher } from '../../../shared/import';
import { parseSopValue, type SopDocument } from '../../../shared/model';
import { adoptIds } from '../../../shared/model/adopt-ids';
import { diffSops, isEmptyDiff, type SopDiff } from '../../../shared/model/diff';
import type { SopSummary } from '../../../shared/model/library';
import type { LibraryContext } from './context';
import { decodeDocument, requireSop } from './context';
import { writeDraft } from './documents';
import { saveRevision } from './revisions';
import { importSopDocument } from './transfer';
import { durably } from '../../db/connection';

/** One SOP coming in: its document, the library id its workbook carries, where it came from. */
export type IncomingSop = { document: SopDocument; library?: LibraryRef; source: string };

export type { ExchangeAction } from '../../../shared/import';

export type ExchangePlan = {
  incoming: IncomingSop;
  match: SopMatch;
  /** The matched SOP's draft compared with the incoming version (in the SOP's own ids). */
  update: { id: string; document: SopDocument; diff: SopDiff } | null;
  /** What happens unless the user chooses otherwise: unchanged SOPs are skipped. */
  proposed: ExchangeAction;
};

export type ExchangeOutcome =
  | { kind: 'updated'; id: string; summary: SopSummary }
  | { kind: 'added'; id: string; summary: SopSummary }
  | { kind: 'unchanged'; id: string }
  | { kind: 'skipped' };

const PAGE = 1_000;

/** What importing `incoming` would do; reads the library only. `asNew`: add every SOP. */
export function planExchange(
  ctx: LibraryContext,
  incoming: readonly IncomingSop[],
  asNew = false,
): ExchangePlan[] {
  if (asNew) {
    return incoming.map((sop) => ({
      incoming: sop,
      match: { kind: 'none' },
      update: null,
      proposed: 'new',
    }));
  }
  const matches = claimMatches(incoming.map(sopMatcher(allSummaries(ctx))));
  return incoming.map((sop, index) => {
    const found = matches[index] ?? { kind: 'none' };
    if (found.kind !== 'matched') {
      return { incoming: sop, match: found, update: null, proposed: 'new' };
    }
    const draft = decodeDocument(requireSop(ctx, found.id).draft);
    const document = updatedDraft(draft, sop.document);
    const diff = diffSops(draft, document);
    const proposed = isEmptyDiff(diff) ? 'skip' : 'update';
    return { incoming: sop, match: found, update: { id: found.id, document, diff }, proposed };
  });
}

/** Carries out one planned SOP with the action chosen (by default the proposed one). */
export function applyExchange(
  ctx: LibraryContext,
  plan: ExchangePlan,
  action: ExchangeAction = plan.proposed,
): ExchangeOutcome {
  const { incoming, update } = plan;
  if (action === 'skip') {
    return update && isEmptyDiff(update.diff)
      ? { kind: 'unchanged', id: update.id }
      : { kind: 'skipped' };
  }
  if (action === 'new') {
    const record = importSopDocument(ctx, incoming.document, incoming.source);
    return { kind: 'added', id: record.summary.id, summary: record.summary };
  }
  if (!update) {
    throw new SopError(
      'invalid-argument',
      'SOP ini tidak cocok dengan SOP mana pun di pustaka; impor sebagai SOP baru.',
      'update without a match',
    );
  }
  return durably(ctx.db, () => {
    keepUnsavedDraft(ctx, update.id, incoming.source);
    writeDraft(ctx, requireSop(ctx, update.id), parseSopValue(update.document));
    saveRevision(ctx, update.id, `Diperbarui dari ${incoming.source}`);
    return { kind: 'updated', id: update.id, summary: requireSop(ctx, update.id).summary };
  });
}

/** The plan as the review shows it: the match, the target's name, the differences. */
export function reviewExchange(
  ctx: LibraryContext,
  incoming: readonly IncomingSop[],
): ExchangeReview[] {
  return planExchange(ctx, incoming).map((plan) => ({
    match: plan.match,
    targetName: plan.update ? requireSop(ctx, plan.update.id).summary.name : null,
    diff: plan.update?.diff ?? null,
    proposed: plan.proposed,
  }));
}

/** What the user confirmed, all or nothing: planned afresh, then each SOP with its action. */
export function confirmExchange(
  ctx: LibraryContext,
  incoming: readonly IncomingSop[],
  actions: readonly ExchangeAction[],
): ExchangeDone[] {
  return ctx.db.transaction(() =>
    planExchange(ctx, incoming).map((plan, index): ExchangeDone => {
      const outcome = applyExchange(ctx, plan, actions[index] ?? 'skip');
      return { kind: outcome.kind, id: outcome.kind === 'skipped' ? null : outcome.id };
    }),
  )();
}

/**
 * The draft the update writes: the incoming identity, executors, steps and print settings, in
 * the SOP's own ids; whatever else the stored document holds (fields of a newer app) is kept.
 */
function updatedDraft(draft: SopDocument, incoming: SopDocument): SopDocument {
  const adopted = adoptIds(draft, incoming);
  return {
    ...draft,
    identity: adopted.identity,
    executors: adopted.executors,
    steps: adopted.steps,
    print: adopted.print,
  };
}

/** Edits in the draft not yet saved as a revision are saved first, so the update loses nothing. */
function keepUnsavedDraft(ctx: LibraryContext, id: string, source: string): void {
  const row = requireSop(ctx, id);
  const latest = ctx.revisions.latest(row.key);
  if (latest && latest.sha === row.draftSha) return;
  saveRevision(ctx, id, `Draf sebelum diperbarui dari ${source}`);
}

function allSummaries(ctx: LibraryContext): SopSummary[] {
  const items: SopSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = ctx.sops.list({
      sort: 'name',
      direction: 'asc',
      offset,
      limit: PAGE,
    });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}
