// One SOP in the library list or the search results, with its actions: open, duplicate, rename,
// delete (to the bin) and, with a server set, its standing at the bureau (Di Biro) and Kirim.

import type { SnippetPart, SopSummary } from '../../../../shared/model/library';
import type { LocalServerStatus } from '../../../../shared/model/server';
import { useLanguage, useStrings } from '../../i18n';
import { ApprovalBadge } from '../../ui/ApprovalBadge';
import { formatTimestamp } from './format';
import { ServerCell } from './ServerCell';
import { Snippet } from './Snippet';
import { libraryStrings } from './strings';

type SopRowProps = {
  summary: SopSummary;
  snippet?: SnippetPart[];
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: () => void;
  onDelete: () => void;
  /**
   * With a unit's server set: the SOP's standing (undefined while it is read), Kirim ke Biro (null
   * for a bureau login) and its details.
   */
  server?: {
    status: LocalServerStatus | undefined;
    onSend: (() => void) | null;
    onDetails: () => void;
  };
};

export function SopRow(props: SopRowProps) {
  const { summary, snippet, onOpen, onDuplicate, onRename, onDelete, server } = props;
  const t = useStrings(libraryStrings);
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
      <td className="app-sop-unit">
        <span title={summary.unit}>{summary.unit}</span>
      </td>
      <td>
        <ApprovalBadge summary={summary} testId="sop-status" />
      </td>
      {server && (
        <ServerCell
          name={name}
          status={server.status}
          onSend={server.onSend}
          onDetails={server.onDetails}
        />
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
