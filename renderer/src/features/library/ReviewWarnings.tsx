// The warnings of one imported SOP (or of the whole file) in the import review: what the import
// changed or dropped first, in the error colour under *Perlu diperiksa*, then the routine notes,
// muted. Each line names its page or cell, never PDF coordinates (shared/import/review.ts).

import type { ReviewLines } from '../../../../shared/import';
import type { LibraryStrings } from './strings';

type ReviewWarningsProps = {
  lines: ReviewLines;
  t: LibraryStrings;
  /** Shows only the losses or only the notes (the file's notes come after every SOP). */
  only?: 'losses' | 'notes';
};

export function ReviewWarnings({ lines, t, only }: ReviewWarningsProps) {
  const losses = only === 'notes' ? [] : lines.losses;
  const notes = only === 'losses' ? [] : lines.notes;
  return (
    <>
      {losses.length > 0 && (
        <div className="app-import-losses" role="group" aria-label={t.reviewLosses}>
          <strong className="app-import-losses-head">{t.reviewLosses}</strong>
          <ul>
            {losses.map((line) => (
              <li key={line} data-testid="import-warning" data-kind="loss">
                {line}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && <ReviewNotes notes={notes} />}
    </>
  );
}

/** Routine notes: muted, after the losses. */
export function ReviewNotes({ notes }: { notes: readonly string[] }) {
  return (
    <ul className="app-import-notes">
      {notes.map((line) => (
        <li key={line} data-testid="import-warning" data-kind="note">
          {line}
        </li>
      ))}
    </ul>
  );
}
