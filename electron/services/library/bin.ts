// Sampah (the bin): deleting an SOP moves it here, where it can be restored or removed for good.

import { SopError } from '../../../shared/errors';
import type { SopSummary } from '../../../shared/model/library';
import type { LibraryContext } from './context';
import { requireSop } from './context';

export function moveToBin(ctx: LibraryContext, id: string): SopSummary {
  const row = requireSop(ctx, id);
  ctx.sops.setDeletedAt(row.key, ctx.now().toISOString());
  return ctx.sops.summary(row.key);
}

export function restoreFromBin(ctx: LibraryContext, id: string): SopSummary {
  const row = ctx.sops.find(id, true);
  if (!row) {
    throw new SopError(
      'not-found',
      'SOP ini tidak ada di Sampah; mungkin sudah dipulihkan atau dihapus permanen. Muat ulang daftar.',
      id,
    );
  }
  ctx.sops.setDeletedAt(row.key, null);
  return ctx.sops.summary(row.key);
}

export function listBin(ctx: LibraryContext): SopSummary[] {
  return ctx.sops.bin();
}

/** Removes SOPs from the bin for good (all of them, or only `ids`); returns how many. */
export function emptyBin(ctx: LibraryContext, ids?: readonly string[]): number {
  return ctx.db.transaction(() => ctx.sops.purgeBin(ids))();
}
