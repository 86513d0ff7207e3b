// The versions the revision history compares: a revision by its number, or the working draft.

import type { RevisionInfo } from '../../../../shared/model/library';

export type Ref = number | 'draft';

/**
 * What the compare view opens on: the latest revision against the one before, or the only
 * revision against the draft; null without revisions.
 */
export function latestChange(revisions: readonly RevisionInfo[]): [Ref, Ref] | null {
  const [latest, previous] = [...revisions].sort((a, b) => b.number - a.number);
  if (!latest) return null;
  return previous ? [previous.number, latest.number] : [latest.number, 'draft'];
}
