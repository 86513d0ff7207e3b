// An SOP's standing with the organisation server as the library's Server column and the editor's
// header show it: the status word as a chip, then (in full) the bureau's note with a mark, who
// reviewed it and when, the decree, and how many revisions wait to be sent.

import type { LocalServerStatus } from '../../../shared/model/server';
import { formatIsoDate } from '../../../shared/rules';
import { useLanguage, useStrings, type Language } from '../i18n';
import { serverStatusWords, type DateWriters } from './server-status';
import { serverStatusStrings } from './server-status-strings';
import './server-status.css';

type ServerStatusBadgeProps = {
  status: LocalServerStatus;
  /** `line`: one line for the header (all of it in the tooltip too); `block`: a line each. */
  layout: 'line' | 'block';
  testId?: string;
};

export function ServerStatusBadge({ status, layout, testId }: ServerStatusBadgeProps) {
  const t = useStrings(serverStatusStrings);
  const language = useLanguage((s) => s.language);
  const words = serverStatusWords(status, t, dateWriters(language));
  const details = [words.reviewed, words.decree].filter(Boolean);
  const title = [words.title, ...(layout === 'line' ? [words.note, ...details] : [])]
    .filter(Boolean)
    .join('\n');
  return (
    <span
      className={`app-server-status app-server-status-${layout}`}
      data-testid={testId}
      data-state={status.state}
      title={title}
    >
      <span className={`app-server-chip app-server-${status.state}`}>{words.word}</span>
      {words.unsent && <span className="app-server-unsent">{words.unsent}</span>}
      {words.note && (
        <span className="app-server-note" data-testid="server-note">
          <span aria-hidden="true">✎ </span>
          {words.note}
        </span>
      )}
      {details.map((line) => (
        <span key={line} className="app-server-detail">
          {line}
        </span>
      ))}
    </span>
  );
}

const timestamps = new Map<Language, Intl.DateTimeFormat>();

/** How the status's dates are written in this language (the tooltip and the lines). */
export function dateWriters(language: Language): DateWriters {
  let format = timestamps.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    timestamps.set(language, format);
  }
  const timestamp = format;
  return {
    timestamp: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : timestamp.format(date);
    },
    day: formatIsoDate,
  };
}
