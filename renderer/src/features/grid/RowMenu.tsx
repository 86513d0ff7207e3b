// The menu of a right click on a cell: the step commands, and in an executor cell the symbols;
// drawn from the command table, like the toolbar and the keys.

import { useEffect, useRef } from 'react';
import type { GridCommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { executorIdOf } from '../../state/columns';
import { editorStore, useEditor } from '../../state/store';
import { canRun, gridHandlers, isSymbolCommand, STEP_COMMANDS, SYMBOL_COMMANDS } from './commands';
import { useGridUi } from './ui';

export function RowMenu() {
  const text = useCommandText();
  const menu = useGridUi((s) => s.menu);
  const selection = useEditor((s) => s.selection);
  const ref = useRef<HTMLDivElement>(null);
  const close = () => useGridUi.getState().closeMenu();

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector('button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [menu]);

  if (!menu) return null;
  const inExecutorCell = executorIdOf(selection?.column ?? '') !== null;
  const run = (id: GridCommandId) => {
    close();
    gridHandlers[id]();
    // A symbol edit leaves the cell where it is: give it back the focus the menu took.
    if (isSymbolCommand(id) && selection) editorStore.getState().reveal(selection);
  };
  const item = (id: GridCommandId) => {
    const { label, key } = text(id);
    return (
      <button key={id} type="button" role="menuitem" disabled={!canRun(id)} onClick={() => run(id)}>
        <span>{label}</span>
        <kbd>{key}</kbd>
      </button>
    );
  };
  return (
    <div
      ref={ref}
      className="sop-menu"
      role="menu"
      data-testid="row-menu"
      style={{
        top: Math.min(menu.y, window.innerHeight - 320),
        left: Math.min(menu.x, window.innerWidth - 240),
      }}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      {STEP_COMMANDS.map(item)}
      {inExecutorCell && <hr />}
      {inExecutorCell && SYMBOL_COMMANDS.map(item)}
    </div>
  );
}
