// The calendar button of a date field: a month of days, Senin first, in the interface language,
// opening at the field's own date (today when it holds none). Choosing a day writes it the
// Indonesian way (`4 Januari 2021`); arrows move by a day or a week, Page Up/Down by a month.
// Inside a modal dialog the calendar opens in that dialog, and its Escape closes only itself.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { formatCalendarDate, parseIndonesianDate } from '../../../../shared/rules';
import type { CalendarDate } from '../../../../shared/rules';
import { useLanguage, useStrings } from '../../i18n';
import type { Language } from '../../i18n';
import { anchorBelow, useCloseOnOutsidePress, useFittedPlace } from '../popup';
import type { PopupAnchor } from '../popup';
import { addMonths, dayAfterKey, monthGrid, sameDay, startDate, todayDate } from './calendar';
import type { CalendarMonth } from './calendar';
import { formStrings } from './strings';

type DatePickerProps = { label: string; value: string; onPick: (text: string) => void };

export function DatePicker({ label, value, onPick }: DatePickerProps) {
  const t = useStrings(formStrings);
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<PopupAnchor | null>(null);
  const close = useCallback(() => setAt(null), []);
  const done = useCallback(() => {
    setAt(null);
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="app-date-button"
        aria-label={`${t.datePick}: ${label}`}
        title={t.datePick}
        aria-haspopup="dialog"
        aria-expanded={at !== null}
        onClick={(e) => setAt(at ? null : anchorBelow(e.currentTarget))}
      >
        <CalendarIcon />
      </button>
      {at && (
        <Calendar
          at={at}
          label={`${t.datePick}: ${label}`}
          value={value}
          opener={button}
          onClose={close}
          onDone={done}
          onPick={(text) => {
            onPick(text);
            done();
          }}
        />
      )}
    </>
  );
}

type CalendarProps = {
  at: PopupAnchor;
  label: string;
  value: string;
  opener: RefObject<HTMLButtonElement | null>;
  onPick: (text: string) => void;
  /** A press outside: closed, the focus stays where it went. */
  onClose: () => void;
  /** Escape: closed, the focus back on the button. */
  onDone: () => void;
};

function Calendar({ at, label, value, opener, onPick, onClose, onDone }: CalendarProps) {
  const t = useStrings(formStrings);
  const language = useLanguage((s) => s.language);
  const ref = useRef<HTMLDivElement>(null);
  const place = useFittedPlace(ref, at);
  useCloseOnOutsidePress(ref, onClose, opener);
  const today = todayDate();
  const chosen = parseIndonesianDate(value);
  const [active, setActive] = useState<CalendarDate>(() => startDate(value, today));
  const [shown, setShown] = useState<CalendarMonth>({ year: active.year, month: active.month });

  // The active day has the focus once the calendar is placed (hidden, it cannot take it).
  const placed = place !== undefined;
  useEffect(() => {
    if (placed) ref.current?.querySelector<HTMLButtonElement>('[data-active="true"]')?.focus();
  }, [active, placed]);
  const moveTo = (date: CalendarDate) => {
    setActive(date);
    setShown({ year: date.year, month: date.month });
  };
  const onDayKey = (event: KeyboardEvent) => {
    const next = dayAfterKey(active, event.key);
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };
  const names = calendarNames(language);

  return createPortal(
    <div
      ref={ref}
      className="app-calendar"
      role="dialog"
      aria-label={label}
      data-testid="calendar"
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Not the Escape of a modal dialog around the field: that would close the dialog too.
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }}
    >
      <div className="app-calendar-head">
        <button
          type="button"
          aria-label={t.previousMonth}
          onClick={() => setShown(addMonths(shown, -1))}
        >
          ‹
        </button>
        <select
          aria-label={t.month}
          value={shown.month}
          onChange={(e) => setShown({ ...shown, month: Number(e.target.value) })}
        >
          {names.months.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
        <input
          type="number"
          aria-label={t.year}
          min={1900}
          max={2200}
          value={shown.year}
          onChange={(e) => {
            const year = Number(e.target.value);
            if (year >= 1900 && year <= 2200) setShown({ ...shown, year });
          }}
        />
        <button
          type="button"
          aria-label={t.nextMonth}
          onClick={() => setShown(addMonths(shown, 1))}
        >
          ›
        </button>
      </div>
      <div className="app-calendar-days" role="grid" aria-label={label}>
        {names.weekdays.map((day) => (
          <span key={day} className="app-calendar-weekday" aria-hidden="true">
            {day}
          </span>
        ))}
        {monthGrid(shown).map((day) => {
          const isActive = sameDay(active, day);
          return (
            <button
              key={`${day.month}-${day.day}`}
              type="button"
              className={dayClass(day.inMonth, sameDay(chosen, day), sameDay(today, day))}
              aria-label={formatCalendarDate(day)}
              aria-pressed={sameDay(chosen, day)}
              data-active={isActive}
              tabIndex={isActive ? 0 : -1}
              onKeyDown={onDayKey}
              onClick={() => onPick(formatCalendarDate(day))}
            >
              {day.day}
            </button>
          );
        })}
      </div>
      <div className="app-calendar-foot">
        <button type="button" onClick={() => onPick(formatCalendarDate(today))}>
          {t.today}
        </button>
      </div>
    </div>,
    popupHost(opener.current),
  );
}

/**
 * Where the calendar is placed: in the modal dialog holding the field (outside it, the calendar
 * would sit under the dialog and take no clicks), else in the page.
 */
function popupHost(opener: HTMLElement | null): HTMLElement {
  return opener?.closest('dialog') ?? document.body;
}

function dayClass(inMonth: boolean, chosen: boolean, today: boolean): string {
  return [
    'app-calendar-day',
    !inMonth && 'app-calendar-other',
    chosen && 'app-calendar-chosen',
    today && 'app-calendar-today',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Month and weekday names in the interface language (Senin first), from the browser's own tables. */
function calendarNames(language: Language): { months: string[]; weekdays: string[] } {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return {
    months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2024, i, 1))),
    // 1 January 2024 was a Monday.
    weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2024, 0, 1 + i))),
  };
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
      <rect x="4" y="8.5" width="2" height="2" fill="currentColor" />
    </svg>
  );
}
