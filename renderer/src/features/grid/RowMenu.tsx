// The menu of a right click on a cell: the step commands, the exits of a decision, and in an
// executor cell the symbols and the joint activity; drawn from the command table, like the
// toolbar and the keys.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { GridCommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { executorIdOf } from '../../state/columns';
import { editorStore, useEditor } from '../../state/store';
import { canRun, gridHandlers, isCellCommand, STEP_COMMANDS, SYMBOL_COMMANDS } from './commands';
import { useGridUi } from './ui';

/** The room left between the menu and the window's edge. */
const EDGE = 8;

export function RowMenu() {
  const text = useCommandText();
  const menu = useGridUi((s) => s.menu);
  const selection = useEditor((s) => s.selection);
  const ref = useRef<HTMLDivElement>(null);
  const place = useFittedPlace(ref, menu);
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
  const onDecision = canRun('editDecision');
  const run = (id: GridCommandId) => {
    close();
    gridHandlers[id]();
    // A cell edit leaves the cell where it is: give it back the focus the menu took.
    if (isCellCommand(id) && selection) editorStore.getState().reveal(selection);
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
      style={place}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      {STEP_COMMANDS.map(item)}
      {(onDecision || inExecutorCell) && <hr />}
      {onDecision && item('editDecision')}
      {inExecutorCell && SYMBOL_COMMANDS.map(item)}
      {inExecutorCell && item('makeJoint')}
    </div>
  );
}

/** Keeps the menu clear of the window's edges: at the pointer, moved in by its measured size. */
function useFittedPlace(
  ref: RefObject<HTMLDivElement | null>,
  at: { x: number; y: number } | null,
): { top: number; left: number } | undefined {
  const [place, setPlace] = useState<{ top: number; left: number }>();
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!at || !box) return;
    setPlace({
      top: Math.max(0, Math.min(at.y, window.innerHeight - box.height - EDGE)),
      left: Math.max(0, Math.min(at.x, window.innerWidth - box.width - EDGE)),
    });
  }, [ref, at]);
  return at ? place : undefined;
}
