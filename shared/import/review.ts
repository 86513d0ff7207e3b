// How the import review words a file's warnings for the clerk: each with its page or cell only
// (PDF coordinates stay in the data and the CLI), losses before routine notes, and the notes that
// every SOP of one file repeats (a book's logo, its signature foot) said once for the file.

import { describeWarning } from './report';
import type { ImportResult, ImportWarning } from './report';

/** `Halaman 2: …`, `Lembar "SOP", sel D12: …`: where the clerk finds it, without coordinates. */
export function reviewText(warning: ImportWarning): string {
  return describeWarning(warning.sheet === undefined ? { ...warning, at: null } : warning);
}

/** One part's warnings as the review shows them: what the import changed or dropped, then notes. */
export type ReviewLines = { losses: string[]; notes: string[] };

export type ImportReviewLines = {
  /** Per SOP, in the order of the result, without the notes said for the whole file. */
  sops: ReviewLines[];
  /** Notes every SOP of the file carries (only when the file holds two or more SOPs). */
  everySop: string[];
  /** The file's own warnings: pages or sheets skipped, attachments not read. */
  file: ReviewLines;
};

export function arrangeReview(result: Pick<ImportResult, 'sops' | 'notes'>): ImportReviewLines {
  const everySop = notesOfEverySop(result.sops.map(({ report }) => report.warnings));
  const shared = new Set(everySop);
  return {
    sops: result.sops.map(({ report }) => reviewLines(report.warnings, shared)),
    everySop,
    file: reviewLines(result.notes, new Set()),
  };
}

function reviewLines(
  warnings: readonly ImportWarning[],
  leaveOut: ReadonlySet<string>,
): ReviewLines {
  const of = (kind: ImportWarning['kind']) =>
    unique(warnings.filter((w) => w.kind === kind).map(reviewText)).filter((t) => !leaveOut.has(t));
  return { losses: of('loss'), notes: of('note') };
}

/** The note texts found in each SOP's warnings, in the first SOP's order. */
function notesOfEverySop(perSop: readonly (readonly ImportWarning[])[]): string[] {
  if (perSop.length < 2) return [];
  const [first = [], ...others] = perSop.map((warnings) =>
    unique(warnings.filter((w) => w.kind === 'note').map(reviewText)),
  );
  const otherSets = others.map((texts) => new Set(texts));
  return first.filter((text) => otherSets.every((texts) => texts.has(text)));
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
