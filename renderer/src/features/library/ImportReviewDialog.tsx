// The review of an import from Excel or PDF: every SOP the importer found, with what it recognised,
// what it changed or dropped (Perlu diperiksa) and its routine notes, and the SOP of the library it
// matched with its differences shown as Riwayat shows them, so the user chooses per SOP: perbarui,
// impor sebagai SOP baru or lewati. The list scrolls; the action row stays in view. Nothing
// changes before the import is confirmed.

import { useMemo, useState } from 'react';
import { arrangeReview, describeOrigin } from '../../../../shared/import';
import type {
  ExchangeAction,
  ImportReviewLines,
  ImportedSop,
  ReviewLines,
} from '../../../../shared/import';
import { fill, useStrings } from '../../i18n';
import { importReviewed, useImportReview } from '../../document/import-review';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { logoDataUrl } from '../../ui/form/logo';
import { ExchangeChoice } from './ExchangeChoice';
import { ReviewNotes, ReviewWarnings } from './ReviewWarnings';
import { libraryStrings } from './strings';
import type { LibraryStrings } from './strings';
import './library.css';
import './import-review.css';

export function ImportReviewDialog() {
  const t = useStrings(libraryStrings);
  const pending = useImportReview((s) => s.pending);
  const close = useImportReview((s) => s.close);
  const [chosen, setChosen] = useState<ReadonlyMap<number, ExchangeAction>>(new Map());
  const lines = useMemo(() => (pending ? arrangeReview(pending) : null), [pending]);
  if (!pending || !lines) return null;
  const actions = pending.sops.map(
    (_, i) => chosen.get(i) ?? pending.reviews[i]?.proposed ?? 'new',
  );
  const count = actions.filter((action) => action !== 'skip').length;
  const choose = (index: number, action: ExchangeAction) =>
    setChosen((current) => new Map(current).set(index, action));

  return (
    <Dialog
      title={fill(pending.kind === 'pdf' ? t.pdfTitle : t.excelTitle, { file: pending.fileName })}
      onClose={close}
      wide
      testId="excel-import"
    >
      <div className="app-import-review">
        <div className="app-import-review-list" data-testid="import-review-list">
          {pending.sops.length === 0 && (
            <p className="app-empty">{pending.kind === 'pdf' ? t.pdfNothing : t.excelNothing}</p>
          )}
          <FileWarnings lines={lines} only="losses" t={t} />
          <ul className="app-excel-list">
            {pending.sops.map((sop, index) => (
              <li key={index} data-testid="excel-sop">
                <SopHeading sop={sop} t={t} />
                <ExchangeChoice
                  review={pending.reviews[index]}
                  action={actions[index] ?? 'new'}
                  onChange={(action) => choose(index, action)}
                  t={t}
                />
                <SopWarnings lines={lines.sops[index]} recognised={sop.report.recognised} t={t} />
              </li>
            ))}
          </ul>
          <FileWarnings lines={lines} only="notes" t={t} />
        </div>
        <footer className="app-import-review-foot">
          <LossCount lines={lines} t={t} />
          <DialogButtons
            onCancel={close}
            action={{
              label: fill(t.excelImport, { count }),
              disabled: count === 0,
              testId: 'excel-import-submit',
              onClick: () => void importReviewed(actions),
            }}
          />
        </footer>
      </div>
    </Dialog>
  );
}

function SopHeading({ sop: { document, report }, t }: { sop: ImportedSop; t: LibraryStrings }) {
  return (
    <div className="app-check">
      {document.identity.logo && (
        <img
          className="app-excel-logo"
          src={logoDataUrl(document.identity.logo)}
          alt={t.excelLogo}
          data-testid="excel-logo"
        />
      )}
      <strong>{report.name || document.identity.name || t.untitled}</strong>
      <span className="app-muted">
        {fill(t.excelSummary, {
          steps: document.steps.length,
          executors: document.executors.length,
          origin: describeOrigin(report),
        })}
      </span>
    </div>
  );
}

/** What the import changed or dropped first, then what it recognised, then the routine notes. */
function SopWarnings({
  lines,
  recognised,
  t,
}: {
  lines: ReviewLines | undefined;
  recognised: readonly string[];
  t: LibraryStrings;
}) {
  return (
    <>
      {lines && <ReviewWarnings lines={lines} only="losses" t={t} />}
      <Recognised lines={recognised} />
      {lines && <ReviewWarnings lines={lines} only="notes" t={t} />}
    </>
  );
}

function Recognised({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="app-excel-recognised">
      {lines.map((line, i) => (
        <li key={i}>✓ {line}</li>
      ))}
    </ul>
  );
}

/**
 * The file's own warnings: its losses (pages of a cut table) before the SOPs, its notes (pages
 * skipped, and the notes every SOP repeats, said once) after them.
 */
function FileWarnings({
  lines: { file, everySop },
  only,
  t,
}: {
  lines: ImportReviewLines;
  only: 'losses' | 'notes';
  t: LibraryStrings;
}) {
  if (only === 'losses') {
    if (file.losses.length === 0) return null;
    return (
      <section className="app-import-file" data-testid="import-file-warnings">
        <ReviewWarnings lines={file} only="losses" t={t} />
      </section>
    );
  }
  if (file.notes.length + everySop.length === 0) return null;
  return (
    <section className="app-import-file" data-testid="import-file-notes">
      {everySop.length > 0 && (
        <div data-testid="import-every-sop">
          <span className="app-import-file-head">{t.reviewEverySop}</span>
          <ReviewNotes notes={everySop} />
        </div>
      )}
      {file.notes.length > 0 && (
        <div>
          <span className="app-import-file-head">{t.reviewFile}</span>
          <ReviewNotes notes={file.notes} />
        </div>
      )}
    </section>
  );
}

/** How many losses wait to be checked, beside the buttons so it is seen before importing. */
function LossCount({ lines, t }: { lines: ImportReviewLines; t: LibraryStrings }) {
  const parts = [...lines.sops, lines.file];
  const count = parts.reduce((sum, part) => sum + part.losses.length, 0);
  if (count === 0) return <span />;
  return (
    <span className="app-import-loss-count" data-testid="import-loss-count">
      {fill(t.reviewLossCount, { count })}
    </span>
  );
}
