// What the review of an import into the library shows per SOP (the exchange with the bureau):
// which SOP of the library it matched and how, its differences from that SOP's draft, and what
// is proposed; and what was done once the user confirmed.

import type { SopDiff } from '../model/diff';
import type { SopMatch } from './match';

/** `update`: a new draft of the matched SOP; `new`: a new SOP; `skip`: nothing. */
export const EXCHANGE_ACTIONS = ['update', 'new', 'skip'] as const;
export type ExchangeAction = (typeof EXCHANGE_ACTIONS)[number];

export type ExchangeReview = {
  match: SopMatch;
  /** The matched SOP's name in the library, null without a match. */
  targetName: string | null;
  /** Differences from the matched SOP's draft (empty: *tidak berubah*), null without a match. */
  diff: SopDiff | null;
  proposed: ExchangeAction;
};

export type ExchangeDone = {
  kind: 'updated' | 'added' | 'unchanged' | 'skipped';
  /** The SOP updated, added or found unchanged; null when skipped. */
  id: string | null;
};
