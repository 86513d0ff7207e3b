// Which SOP of the library an imported SOP matched, what to do with it (perbarui, impor sebagai
// SOP baru, lewati) and, when it updates one, the differences as Riwayat shows them.

import type { ExchangeAction, ExchangeReview, SopMatchRule } from '../../../../shared/import';
import { fill } from '../../i18n';
import { DiffView } from './DiffView';
import type { LibraryStrings } from './strings';

/** Which SOP of the library this one matched, what to do with it, and the differences. */
export function ExchangeChoice({
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
