// The review of an import from Excel or PDF: every SOP the importer found, with what it recognised
// and each guess or problem (sheet and cell, or page and position), and the SOP of the library it
// matched with its differences shown as Riwayat shows them, so the user chooses per SOP: perbarui,
// impor sebagai SOP baru or lewati. Nothing changes before the import is confirmed.

import { useState } from 'react';
import { describeOrigin, describeWarning } from '../../../../shared/import';
import type { ExchangeAction, ExchangeReview, SopMatchRule } from '../../../../shared/import';
import { fill, useStrings } from '../../i18n';
import { importReviewed, useImportReview } from '../../document/import-review';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { logoDataUrl } from '../../ui/form/logo';
import { DiffView } from './DiffView';
import { libraryStrings } from './strings';
import type { LibraryStrings } from './strings';
import './library.css';

export function ImportReviewDialog() {
  const t = useStrings(libraryStrings);
  const pending = useImportReview((s) => s.pending);
  const close = useImportReview((s) => s.close);
  const [chosen, setChosen] = useState<ReadonlyMap<number, ExchangeAction>>(new Map());
  if (!pending) return null;
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
      {pending.sops.length === 0 && (
        <p className="app-empty">{pending.kind === 'pdf' ? t.pdfNothing : t.excelNothing}</p>
      )}
      <ul className="app-excel-list">
        {pending.sops.map(({ document, report }, index) => (
          <li key={index} data-testid="excel-sop">
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
            <ExchangeChoice
              review={pending.reviews[index]}
              action={actions[index] ?? 'new'}
              onChange={(action) => choose(index, action)}
              t={t}
            />
            {report.recognised.length > 0 && (
              <ul className="app-excel-recognised">
                {report.recognised.map((line, i) => (
                  <li key={i}>✓ {line}</li>
                ))}
              </ul>
            )}
            {report.warnings.length > 0 && (
              <ul className="app-excel-warnings">
                {report.warnings.map((warning, i) => (
                  <li key={i}>{describeWarning(warning)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {pending.notes.length > 0 && (
        <ul className="app-excel-warnings">
          {pending.notes.map((note, i) => (
            <li key={i}>{describeWarning(note)}</li>
          ))}
        </ul>
      )}
      <DialogButtons
        onCancel={close}
        action={{
          label: fill(t.excelImport, { count }),
          disabled: count === 0,
          testId: 'excel-import-submit',
          onClick: () => void importReviewed(actions),
        }}
      />
    </Dialog>
  );
}

/** Which SOP of the library this one matched, what to do with it, and the differences. */
function ExchangeChoice({
  review,
  action,
  onChange,
  t,
}: {
  review: ExchangeReview | undefined;
  action: ExchangeAction;
  onChange: (action: ExchangeAction) => void;
  t: LibraryStrings;
}) {
  const match = review?.match;
  const matched = match?.kind === 'matched';
  const unchanged = matched && review?.diff !== null && isEmpty(review?.diff);
  return (
    <div className="app-excel-exchange" data-testid="excel-exchange">
      <p className={matched && match.guess ? 'app-excel-guess' : 'app-muted'}>
        {matched
          ? fill(matchedText(match.rule, t), { name: review?.targetName ?? '' })
          : match?.kind === 'ambiguous'
            ? fill(t.excelAmbiguous, { count: match.ids.length })
            : match?.kind === 'claimed'
              ? fill(t.excelClaimed, { number: match.by })
              : t.excelNoMatch}
        {unchanged && <strong data-testid="excel-unchanged"> — {t.excelUnchanged}</strong>}
      </p>
      <label className="app-field-inline">
        {t.excelAction}{' '}
        <select
          value={action}
          data-testid="excel-action"
          onChange={(event) => onChange(event.target.value as ExchangeAction)}
        >
          {matched && <option value="update">{t.excelUpdate}</option>}
          <option value="new">{t.excelAsNew}</option>
          <option value="skip">{t.excelSkip}</option>
        </select>
      </label>
      {matched && review?.diff && !unchanged && action === 'update' && (
        <details className="app-excel-diff" open>
          <summary>{t.excelDifferences}</summary>
          <DiffView diff={review.diff} />
        </details>
      )}
    </div>
  );
}

function isEmpty(diff: ExchangeReview['diff'] | undefined): boolean {
  if (!diff) return true;
  return diff.identity.length + diff.print.length + diff.executors.length + diff.steps.length === 0;
}

function matchedText(rule: SopMatchRule, t: LibraryStrings): string {
  if (rule === 'id') return t.excelMatchedId;
  return rule === 'number' ? t.excelMatchedNumber : t.excelMatchedName;
}
