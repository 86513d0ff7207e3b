// Header of an executor column: its whole name in up to three lines (all of it on hover), and a
// menu button with Ganti nama, Geser ke kiri, Geser ke kanan and Hapus. A double-click on the name
// renames too; dragging the header reorders, dragging its right edge resizes (the grid).

import { useState } from 'react';
import type { CustomHeaderProps } from 'ag-grid-react';
import { fill, useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import type { MenuItem } from '../../ui/Menu';
import { MenuButton } from '../../ui/MenuButton';
import { gridStrings } from './strings';
import type { GridText } from './strings';
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
  const items = executorMenu(t, executorId, position, count, () => setDraft(executor.name));
  return (
    <div className="sop-exec-header" data-testid={`executor-header-${executorId}`} title={name}>
      <span className="sop-exec-name" onDoubleClick={() => setDraft(executor.name)}>
        {name}
      </span>
      <MenuButton
        className="sop-exec-menu-button"
        label={fill(t.executorMenu, { name })}
        items={items}
        testId={`executor-menu-${executorId}`}
        menuTestId="executor-menu"
      >
        <span aria-hidden="true">⋮</span>
      </MenuButton>
    </div>
  );
}

/** Ganti nama, Geser ke kiri, Geser ke kanan, Hapus: the commands on one executor column. */
function executorMenu(
  t: GridText,
  executorId: string,
  position: number,
  count: number,
  rename: () => void,
): MenuItem[] {
  const move = (to: number) => () => editorStore.getState().apply('moveExecutor', executorId, to);
  return [
    { key: 'rename', label: t.rename, icon: '✎', run: rename },
    {
      key: 'left',
      label: t.moveLeft,
      icon: '◀',
      disabled: position <= 0,
      groupStart: true,
      run: move(position - 1),
    },
    {
      key: 'right',
      label: t.moveRight,
      icon: '▶',
      disabled: position >= count - 1,
      run: move(position + 1),
    },
    {
      key: 'remove',
      label: t.remove,
      icon: '✕',
      danger: true,
      groupStart: true,
      run: () => useGridUi.getState().askRemove(executorId),
    },
  ];
}
