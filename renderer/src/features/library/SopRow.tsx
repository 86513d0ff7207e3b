// One SOP in the library list or the search results, with its actions: open, duplicate, rename,
// delete (to the bin) and, with a server set, its server status and Kirim (to the bureau).

import type { SnippetPart, SopSummary } from '../../../../shared/model/library';
import type { LocalServerStatus } from '../../../../shared/model/server';
import { fill, useLanguage, useStrings } from '../../i18n';
import { ApprovalBadge } from '../../ui/ApprovalBadge';
import { ServerStatusBadge } from '../../ui/ServerStatusBadge';
import { formatTimestamp } from './format';
import { Snippet } from './Snippet';
import { libraryServerStrings } from './server-strings';
import { libraryStrings } from './strings';

type SopRowProps = {
  summary: SopSummary;
  snippet?: SnippetPart[];
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: () => void;
  onDelete: () => void;
  /** With a server set: the SOP's standing (undefined while it is read) and Kirim ke Biro. */
  server?: { status: LocalServerStatus | undefined; onSend: () => void };
};

export function SopRow(props: SopRowProps) {
  const { summary, snippet, onOpen, onDuplicate, onRename, onDelete, server } = props;
  const t = useStrings(libraryStrings);
  const ts = useStrings(libraryServerStrings);
  const language = useLanguage((s) => s.language);
  const actions: [string, () => void][] = [
    [t.open, onOpen],
    [t.duplicate, onDuplicate],
    [t.rename, onRename],
    [t.delete, onDelete],
  ];
  const name = summary.name || t.untitled;
  return (
    <tr data-testid="sop-row" data-id={summary.id}>
      <td className="app-sop-name">
        <button type="button" className="app-link-button" onClick={onOpen}>
          {name}
        </button>
        {snippet && snippet.length > 0 && <Snippet parts={snippet} />}
      </td>
      <td>{summary.number}</td>
      <td>{summary.unit}</td>
      <td>
        <ApprovalBadge summary={summary} testId="sop-status" />
      </td>
      {server && (
        <td className="app-sop-server">
          {server.status && (
            <ServerStatusBadge status={server.status} layout="block" testId="sop-server-status" />
          )}
          <button
            type="button"
            className="app-link-button app-sop-send"
            title={fill(ts.sendOne, { name })}
            aria-label={fill(ts.sendOne, { name })}
            data-testid="sop-send"
            onClick={server.onSend}
          >
            {ts.send}
          </button>
        </td>
      )}
      <td className="app-nowrap">{formatTimestamp(summary.updatedAt, language)}</td>
      <td className="app-number">{summary.revisionCount}</td>
      <td className="app-row-actions">
        {actions.map(([label, action]) => (
          <button key={label} type="button" onClick={action}>
            {label}
          </button>
        ))}
      </td>
    </tr>
  );
}
