// Header of an executor column: its name (double-click to rename), buttons to move it left or
// right and to remove it. Dragging the header also reorders (handled by the grid).

import { useState } from 'react';
import type { CustomHeaderProps } from 'ag-grid-react';
import { fill, useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { gridStrings } from './strings';
import { useGridUi } from './ui';

export type ExecutorHeaderParams = { executorId: string };

export function ExecutorHeader(props: CustomHeaderProps & ExecutorHeaderParams) {
  const t = useStrings(gridStrings);
  const { executorId } = props;
  const executor = useEditor((s) => s.document.executors.find((e) => e.id === executorId));
  const position = useEditor((s) => s.document.executors.findIndex((e) => e.id === executorId));
  const count = useEditor((s) => s.document.executors.length);
  const [draft, setDraft] = useState<string | null>(null);
  if (!executor) return null;
  const name = executor.name || t.unnamed;

  const commit = () => {
    if (draft !== null) editorStore.getState().apply('renameExecutor', executorId, draft);
    setDraft(null);
  };
  const move = (to: number) => editorStore.getState().apply('moveExecutor', executorId, to);

  if (draft !== null) {
    return (
      <input
        className="sop-exec-rename"
        aria-label={fill(t.renameExecutor, { name })}
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    );
  }
  return (
    <div className="sop-exec-header" data-testid={`executor-header-${executorId}`}>
      <span
        className="sop-exec-name"
        title={t.rename}
        onDoubleClick={() => setDraft(executor.name)}
      >
        {name}
      </span>
      <span className="sop-exec-buttons">
        <button
          type="button"
          aria-label={fill(t.renameExecutor, { name })}
          onClick={() => setDraft(executor.name)}
        >
          ✎
        </button>
        <button
          type="button"
          aria-label={fill(t.moveLeft, { name })}
          disabled={position <= 0}
          onClick={() => move(position - 1)}
        >
          ◀
        </button>
        <button
          type="button"
          aria-label={fill(t.moveRight, { name })}
          disabled={position >= count - 1}
          onClick={() => move(position + 1)}
        >
          ▶
        </button>
        <button
          type="button"
          aria-label={fill(t.removeExecutor, { name })}
          onClick={() => useGridUi.getState().askRemove(executorId)}
        >
          ✕
        </button>
      </span>
    </div>
  );
}
