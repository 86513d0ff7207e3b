// One SOP of the register: unit, name, number, revision, status, review note, day sent; its
// actions (open read-only, use as template; the bureau also reviews and, for an SOP set by
// decree, saves the decree's book). An accepted SOP can be chosen for a decree by the bureau.

import type { RegisterRow as Row } from '../../../../shared/model/server';
import { fill, useLanguage, useStrings } from '../../i18n';
import { decreeDate, sentDay } from './format';
import { registerStrings } from './strings';
import { serverStatusStrings } from '../../ui/server-status-strings';

type RegisterRowProps = {
  row: Row;
  bureau: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onTemplate: () => void;
  onReview: () => void;
  onBook: () => void;
};

export function RegisterRow(props: RegisterRowProps) {
  const { row, bureau } = props;
  const t = useStrings(registerStrings);
  const words = useStrings(serverStatusStrings);
  const language = useLanguage((s) => s.language);
  return (
    <tr data-testid="register-row" data-id={row.id} data-status={row.status}>
      {bureau && (
        <td className="app-register-tick">
          {row.status === 'accepted' && (
            <input
              type="checkbox"
              checked={props.selected}
              aria-label={fill(t.select, { name: row.name })}
              data-testid="register-select"
              onChange={(e) => props.onSelect(e.target.checked)}
            />
          )}
        </td>
      )}
      <td>{row.unit}</td>
      <td className="app-sop-name">
        <button type="button" className="app-link-button" onClick={props.onOpen}>
          {row.name}
        </button>
      </td>
      <td>{row.number}</td>
      <td className="app-number">{row.revision}</td>
      <td>
        <span
          className={`app-register-status app-register-${row.status}`}
          data-testid="register-status"
        >
          {words[row.status]}
        </span>
        {row.status === 'set' && (
          <div className="app-register-decree">
            {fill(t.decreeLine, {
              number: row.decreeNumber,
              date: decreeDate(row.decreeDate),
              numeral: row.decreeNumeral,
            })}
          </div>
        )}
      </td>
      <td className="app-register-note" data-testid="register-note">
        {row.reviewNote}
      </td>
      <td className="app-nowrap">{sentDay(row.publishedAt, language)}</td>
      <td className="app-row-actions">
        <button type="button" data-testid="register-open" onClick={props.onOpen}>
          {t.open}
        </button>
        <button type="button" data-testid="register-template" onClick={props.onTemplate}>
          {t.template}
        </button>
        {bureau && row.status !== 'set' && (
          <button type="button" data-testid="register-review" onClick={props.onReview}>
            {t.review}
          </button>
        )}
        {bureau && row.status === 'set' && (
          <button type="button" data-testid="register-book" onClick={props.onBook}>
            {t.book}
          </button>
        )}
      </td>
    </tr>
  );
}
