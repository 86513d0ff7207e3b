// The Di Biro cell of a library row, kept to two short lines: the status chip (pressed, the
// details: the bureau's note, who reviewed it and when, the decree) with Kirim when the SOP has
// something to send, and one line of what matters most (the note of a returned SOP, cut with an
// ellipsis; revisions not sent; the decree's number). The tooltip says all of it.

import type { LocalServerStatus } from '../../../../shared/model/server';
import { fill, useLanguage, useStrings } from '../../i18n';
import { dateWriters } from '../../ui/ServerStatusBadge';
import { serverStatusWords } from '../../ui/server-status';
import { serverStatusStrings } from '../../ui/server-status-strings';
import { awaitsSending, serverLine } from './server-sending';
import { libraryServerStrings } from './server-strings';

type ServerCellProps = {
  name: string;
  /** Undefined while the statuses are read. */
  status: LocalServerStatus | undefined;
  /** Null for a bureau login, which sends nothing. */
  onSend: (() => void) | null;
  onDetails: () => void;
};

export function ServerCell({ name, status, onSend, onDetails }: ServerCellProps) {
  const t = useStrings(libraryServerStrings);
  const words = useStrings(serverStatusStrings);
  const language = useLanguage((s) => s.language);
  if (!status) return <td className="app-sop-server" />;
  const said = serverStatusWords(status, words, dateWriters(language));
  const title = [said.title, said.note, said.reviewed, said.decree, said.unsent]
    .filter(Boolean)
    .join('\n');
  const line = serverLine(status, t);
  return (
    <td className="app-sop-server">
      <span
        className="app-sop-server-status"
        data-testid="sop-server-status"
        data-state={status.state}
        title={title}
      >
        <span className="app-sop-server-head">
          <button
            type="button"
            className="app-sop-server-chip"
            aria-label={fill(t.details, { name })}
            data-testid="sop-server-details"
            onClick={onDetails}
          >
            <span className={`app-server-chip app-server-${status.state}`}>
              {said.word}
              {said.note && <span aria-hidden="true"> ✎</span>}
            </span>
          </button>
          {onSend && awaitsSending(status) && (
            <button
              type="button"
              className="app-link-button app-sop-send"
              title={fill(t.sendOne, { name })}
              aria-label={fill(t.sendOne, { name })}
              data-testid="sop-send"
              onClick={onSend}
            >
              {t.send}
            </button>
          )}
        </span>
        {line && (
          <span className={`app-sop-server-line app-sop-server-${line.kind}`} data-kind={line.kind}>
            {line.kind === 'note' && <span aria-hidden="true">✎ </span>}
            {line.text}
          </span>
        )}
      </span>
    </td>
  );
}
