// The entries of a bureau workbook (Excel untuk Biro) made from SOPs of the library: each SOP's
// draft, or a chosen revision, with its status and revision for the Daftar SOP register, the DRAF
// mark of a draft that changes an approved revision, and its library id and revision carried in
// the workbook so that the workbook, returned, updates the same SOPs.

import { shownRevision } from '../../../shared/model/library';
import type { SopSummary } from '../../../shared/model/library';
import type { ExportEntry } from '../xlsx-export/export';
import type { LibraryContext } from './context';
import { openSop } from './documents';
import { openRevision } from './revisions';

export function bureauEntries(
  ctx: LibraryContext,
  ids: readonly string[],
  revision?: number,
): ExportEntry[] {
  return ids.map((id) => {
    const { summary, document: draft } = openSop(ctx, id);
    if (revision !== undefined) {
      const stored = openRevision(ctx, id, revision);
      const approved = stored.info.approvedAt !== null;
      return {
        document: stored.document,
        status: approved ? 'Disahkan' : 'Draf',
        revision: String(revision),
        library: { id, revision },
      };
    }
    const changes = summary.unapprovedChanges;
    return {
      document: draft,
      status: registerStatus(summary),
      revision: String(summary.approvedRevision ?? '-'),
      ...(changes ? { draftMark: { basedOn: summary.approvedRevision } } : {}),
      library: { id, revision: shownRevision(summary, changes) },
    };
  });
}

/** Disahkan, Draf, or the draft of changes to rev. N (the register's words, as the app's). */
function registerStatus(summary: SopSummary): string {
  if (summary.unapprovedChanges) return `Draf perubahan atas rev. ${summary.approvedRevision}`;
  return summary.status === 'approved' ? 'Disahkan' : 'Draf';
}
