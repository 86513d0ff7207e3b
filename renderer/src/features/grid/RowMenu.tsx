// The menu of a right click on a cell: the step commands, and in an executor cell the symbols;
// the same commands as the toolbar and the keyboard.

import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n';
import { executorIdOf } from '../../state/columns';
import { formatShortcut } from '../../state/shortcuts';
import { actionStrings } from '../../state/strings';
import { editorStore, useEditor } from '../../state/store';
import {
  canRun,
  commandShortcut,
  placeSymbol,
  runGridCommand,
  STEP_COMMANDS,
  SYMBOLS,
} from './commands';
import { gridStrings } from './strings';
import { useGridUi } from './ui';

export function RowMenu() {
  const t = useStrings(gridStrings);
  const labels = useStrings(actionStrings);
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
  const run = (action: () => void) => {
    close();
    action();
  };
  /** A symbol edit leaves the cell where it is: give it back the focus the menu took. */
  const runOnCell = (action: () => void) => {
    run(action);
    if (selection) editorStore.getState().reveal(selection);
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
      {STEP_COMMANDS.map((command) => (
        <button
          key={command}
          type="button"
          role="menuitem"
          disabled={!canRun(command)}
          onClick={() => run(() => runGridCommand(command))}
        >
          <span>{labels[command]}</span>
          <kbd>{formatShortcut(commandShortcut(command))}</kbd>
        </button>
      ))}
      {inExecutorCell && <hr />}
      {inExecutorCell &&
        SYMBOLS.map((symbol) => (
          <button
            key={symbol}
            type="button"
            role="menuitem"
            onClick={() => runOnCell(() => placeSymbol(symbol))}
          >
            <span>
              {t.symbolLabel}: {t[symbol]}
            </span>
          </button>
        ))}
      {inExecutorCell && (
        <button type="button" role="menuitem" onClick={() => runOnCell(() => placeSymbol(null))}>
          <span>{t.clearSymbol}</span>
        </button>
      )}
    </div>
  );
}
