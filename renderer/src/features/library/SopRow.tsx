// One SOP in the library list or the search results, with its actions: open, duplicate, rename,
// delete (to the bin).

import type { SnippetPart, SopSummary } from '../../../../shared/model/library';
import { useLanguage, useStrings } from '../../i18n';
import { ApprovalBadge } from '../../ui/ApprovalBadge';
import { formatTimestamp } from './format';
import { Snippet } from './Snippet';
import { libraryStrings } from './strings';

type SopRowProps = {
  summary: SopSummary;
  snippet?: SnippetPart[];
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: () => void;
  onDelete: () => void;
};

export function SopRow({ summary, snippet, onOpen, onDuplicate, onRename, onDelete }: SopRowProps) {
  const t = useStrings(libraryStrings);
  const language = useLanguage((s) => s.language);
  const actions: [string, () => void][] = [
    [t.open, onOpen],
    [t.duplicate, onDuplicate],
    [t.rename, onRename],
    [t.delete, onDelete],
  ];
  return (
    <tr data-testid="sop-row" data-id={summary.id}>
      <td className="app-sop-name">
        <button type="button" className="app-link-button" onClick={onOpen}>
          {summary.name || t.untitled}
        </button>
        {snippet && snippet.length > 0 && <Snippet parts={snippet} />}
      </td>
      <td>{summary.number}</td>
      <td>{summary.unit}</td>
      <td>
        <ApprovalBadge summary={summary} testId="sop-status" />
      </td>
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
