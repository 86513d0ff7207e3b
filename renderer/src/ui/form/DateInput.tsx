// The app's one date input: free text typed the Indonesian way (`4 Januari 2021`, `04/01/2021`),
// whole dates offered while a day and a month's first letters are typed, and the calendar button
// writing the picked day as `4 Januari 2021`. The caller keeps the text and decides what it means.

import { useStrings } from '../../i18n';
import { dateSuggestions, todayDate } from './calendar';
import { DatePicker } from './DatePicker';
import { formStrings } from './strings';
import './form.css';

export type DateInputProps = {
  /** The input's id, for the caller's label. */
  id: string;
  /** The field's name, for the calendar button's accessible name. */
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The text is done: the input was left, or a day picked from the calendar. */
  onCommit?: () => void;
  /** The identity field key (`data-field`), used by the checks panel to focus it. */
  field?: string;
  testId?: string;
  invalid?: boolean;
  describedBy?: string;
};

export function DateInput(props: DateInputProps) {
  const t = useStrings(formStrings);
  const suggestions = dateSuggestions(props.value, todayDate().year);
  const listId = `${props.id}-dates`;
  return (
    <div className="app-date">
      <input
        id={props.id}
        type="text"
        value={props.value}
        placeholder={t.dateExample}
        title={t.dateFree}
        list={listId}
        data-field={props.field}
        data-testid={props.testId}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        onBlur={props.onCommit}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((date) => (
          <option key={date} value={date} />
        ))}
      </datalist>
      <DatePicker
        label={props.label}
        value={props.value}
        onPick={(text) => {
          props.onChange(text);
          props.onCommit?.();
        }}
      />
    </div>
  );
}
