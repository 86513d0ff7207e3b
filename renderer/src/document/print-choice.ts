// Which version goes to paper (docs/format.md §4.1): when an approved SOP's draft holds changes not
// yet approved, Cetak and the exports ask whether to print the approved revision or the draft,
// which then carries the DRAF mark on every page. The question waits in `usePrintChoice` for
// PrintChoiceDialog to answer it.

import { create } from 'zustand';
import type { DraftMark } from '../../../shared/layout';
import type { SopDocument } from '../../../shared/model';
import type { SopSummary } from '../../../shared/model/library';
import { refreshSummary, saveDraftNow } from '../app/session';
import { call } from '../platform/api';
import { editorStore } from '../state/store';

/** A document to print or export, with the DRAF mark when it is a draft of changes. */
export type PrintVersion = { document: SopDocument; draftMark: DraftMark | null };

export type PrintChoice = 'approved' | 'draft';

export type PrintChoiceRequest = {
  /** Tells one question from the next. */
  id: number;
  /** What the user is doing, as the command names it (Cetak, Ekspor PDF, Buku SOP …). */
  action: string;
  /** The approved revision of the one SOP, or null when several SOPs are asked about at once. */
  revision: number | null;
  /** How many SOPs have changes not yet approved. */
  count: number;
  answer: (choice: PrintChoice | null) => void;
};

export const usePrintChoice = create<{ request: PrintChoiceRequest | null }>(() => ({
  request: null,
}));

let questions = 0;

/** Asks which version to print; null when the user cancelled. */
export function askPrintChoice(
  question: Omit<PrintChoiceRequest, 'id' | 'answer'>,
): Promise<PrintChoice | null> {
  return new Promise((resolve) => {
    // A question still open (a second command before the first was answered) is cancelled.
    usePrintChoice.getState().request?.answer(null);
    questions += 1;
    usePrintChoice.setState({
      request: {
        ...question,
        id: questions,
        answer: (choice) => {
          usePrintChoice.setState({ request: null });
          resolve(choice);
        },
      },
    });
  });
}

/**
 * The version of the open SOP to print or export under `action`: the draft as it is, unless an
 * approved revision exists and the draft changes it; then the user chooses. Null: cancelled.
 */
export async function openVersionToPrint(action: string): Promise<PrintVersion | null> {
  if (editorStore.getState().libraryId === null) {
    return { document: editorStore.getState().document, draftMark: null };
  }
  await saveDraftNow();
  const summary = await refreshSummary();
  // A save that failed leaves the edits in the editor only: they are changes all the same.
  const { document, dirty } = editorStore.getState();
  if (summary === null) return { document, draftMark: null };
  const versions = await versionsToPrint(action, [{ summary, draft: document, dirty }]);
  return versions?.[0] ?? null;
}

/** An SOP of the library with its draft, as a list (Buku SOP, Excel untuk Biro) prints it. */
export type ListedSop = { summary: SopSummary; draft: SopDocument; dirty?: boolean };

/**
 * The versions to print of several SOPs, asking once when any of them has changes not yet
 * approved; the choice applies to each of those. Null: cancelled.
 */
export async function versionsToPrint(
  action: string,
  sops: readonly ListedSop[],
): Promise<PrintVersion[] | null> {
  const changed = sops.filter(hasChanges);
  let choice: PrintChoice = 'draft';
  if (changed.length > 0) {
    const revision = changed.length === 1 ? changed[0]?.summary.approvedRevision : null;
    const answer = await askPrintChoice({
      action,
      revision: revision ?? null,
      count: changed.length,
    });
    if (answer === null) return null;
    choice = answer;
  }
  return Promise.all(sops.map((sop) => versionOf(sop, choice)));
}

function hasChanges({ summary, dirty }: ListedSop): boolean {
  return summary.approvedRevision !== null && (summary.unapprovedChanges || dirty === true);
}

async function versionOf(sop: ListedSop, choice: PrintChoice): Promise<PrintVersion> {
  const revision = sop.summary.approvedRevision;
  if (revision === null || !hasChanges(sop)) return { document: sop.draft, draftMark: null };
  if (choice === 'draft') return { document: sop.draft, draftMark: { basedOn: revision } };
  return { document: await call('library:export', sop.summary.id, revision), draftMark: null };
}
