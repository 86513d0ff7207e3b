// Catat keputusan: the decree that sets the chosen accepted SOPs (number, date, title) and each
// SOP's LAMPIRAN numeral, proposed I, II, III … in the listed order; the order and the numerals
// can be changed before it is recorded (all of it, or nothing). The date is the app's date field,
// typed or picked the Indonesian way, checked when the field is left (a day that does not exist
// is named as such); the server gets it as ISO, and a date not read sends nothing.

import { useId, useRef, useState } from 'react';
import type { RegisterRow } from '../../../../shared/model/server';
import { formatCalendarDate, isoDate, parseIndonesianDate } from '../../../../shared/rules';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { errorText } from '../../ui/error-text';
import { DateInput } from '../../ui/form/DateInput';
import { notify } from '../../ui/notices';
import { decreeDateProblem } from './decree-date';
import { numeralsValid, proposedNumerals } from './numerals';
import { registerStrings } from './strings';

type DecreeDialogProps = { rows: RegisterRow[]; onClose: () => void; onRecorded: () => void };

export function DecreeDialog({ rows, onClose, onRecorded }: DecreeDialogProps) {
  const t = useStrings(registerStrings);
  const ids = { number: useId(), date: useId(), title: useId(), dateProblem: useId() };
  const [order, setOrder] = useState(rows);
  const [numerals, setNumerals] = useState(() => proposedNumerals(rows.length));
  const [decree, setDecree] = useState({ number: '', date: '', title: '' });
  const [problem, setProblem] = useState('');
  const [dateProblem, setDateProblem] = useState('');
  // The date as last typed: a day picked from the calendar is changed and left in one event.
  const typedDate = useRef('');
  const [busy, setBusy] = useState(false);

  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setOrder(next);
  };

  const record = async () => {
    const number = decree.number.trim();
    if (!number || !decree.date.trim()) return setProblem(t.decreeMissing);
    const date = parseIndonesianDate(decree.date);
    if (!date) return setDateProblem(decreeDateProblem(decree.date, t));
    if (!numeralsValid(numerals)) return setProblem(t.numeralMissing);
    setBusy(true);
    try {
      const entries = order.map((row, i) => ({ sopId: row.id, numeral: numerals[i]!.trim() }));
      await call('server:recordDecree', { ...decree, number, date: isoDate(date), entries });
      notify('info', fill(t.decreeRecorded, { number, count: entries.length }));
      onRecorded();
      onClose();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const edit = (change: Partial<typeof decree>) => {
    setDecree((d) => ({ ...d, ...change }));
    setProblem('');
    if (change.date === undefined) return;
    typedDate.current = change.date;
    setDateProblem('');
  };
  // A date read is shown back the Indonesian way, so `12/03/2026` is seen to be 12 Maret; one
  // not read is said at once, not only when Catat is pressed.
  const settleDate = () => {
    const typed = typedDate.current;
    const read = parseIndonesianDate(typed);
    if (read) setDecree((d) => ({ ...d, date: formatCalendarDate(read) }));
    setDateProblem(decreeDateProblem(typed, t));
  };

  return (
    <Dialog title={t.decreeTitle} onClose={onClose} wide testId="decree-dialog">
      <form
        className="app-decree"
        onSubmit={(e) => {
          e.preventDefault();
          void record();
        }}
      >
        <div className="app-decree-fields">
          <div className="app-field">
            <label htmlFor={ids.number}>{t.decreeNumber}</label>
            <input
              id={ids.number}
              type="text"
              value={decree.number}
              data-testid="decree-number"
              onChange={(e) => edit({ number: e.target.value })}
            />
          </div>
          <div className="app-field">
            <label htmlFor={ids.date}>{t.decreeDate}</label>
            <DateInput
              id={ids.date}
              label={t.decreeDate}
              value={decree.date}
              testId="decree-date"
              invalid={dateProblem !== ''}
              describedBy={dateProblem ? ids.dateProblem : undefined}
              onChange={(date) => edit({ date })}
              onCommit={settleDate}
            />
          </div>
          {dateProblem && (
            <p
              id={ids.dateProblem}
              className="app-field-error app-decree-date-problem"
              role="alert"
              data-testid="decree-date-problem"
            >
              {dateProblem}
            </p>
          )}
          <div className="app-field app-field-wide">
            <label htmlFor={ids.title}>{t.decreeName}</label>
            <input
              id={ids.title}
              type="text"
              value={decree.title}
              placeholder={t.decreeNamePlaceholder}
              data-testid="decree-title"
              onChange={(e) => edit({ title: e.target.value })}
            />
          </div>
        </div>
        <h3>{t.decreeOrder}</h3>
        <ol className="app-decree-list" data-testid="decree-list">
          {order.map((row, index) => (
            <li key={row.id} data-testid="decree-entry">
              <label>
                {t.numeral}{' '}
                <input
                  type="text"
                  className="app-decree-numeral"
                  value={numerals[index] ?? ''}
                  data-testid="decree-numeral"
                  onChange={(e) => {
                    setNumerals(numerals.map((n, i) => (i === index ? e.target.value : n)));
                    setProblem('');
                  }}
                />
              </label>
              <span className="app-decree-name">
                {row.name} <span className="app-muted">({row.unit})</span>
              </span>
              <button
                type="button"
                className="app-icon-button"
                aria-label={fill(t.moveUp, { name: row.name })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="app-icon-button"
                aria-label={fill(t.moveDown, { name: row.name })}
                disabled={index === order.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        {problem && (
          <p className="app-field-error" role="alert" data-testid="decree-problem">
            {problem}
          </p>
        )}
        <DialogButtons
          onCancel={onClose}
          action={{ label: t.record, disabled: busy, testId: 'decree-record' }}
        />
      </form>
    </Dialog>
  );
}
