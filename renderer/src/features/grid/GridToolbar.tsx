// The editor's toolbar for the table: Urungkan / Ulangi, step commands and symbol buttons acting on
// the selected cell. Placed by the app shell; it reads the store, so it can sit anywhere.

import { useStrings } from '../../i18n';
import { executorIdOf } from '../../state/columns';
import { formatShortcut } from '../../state/shortcuts';
import { actionStrings } from '../../state/strings';
import { useEditor } from '../../state/store';
import {
  canRun,
  commandShortcut,
  placeSymbol,
  runGridCommand,
  STEP_COMMANDS,
  SYMBOLS,
} from './commands';
import type { GridCommand } from './commands';
import { gridStrings } from './strings';
import { SymbolShape } from './SymbolShape';

export function GridToolbar() {
  const t = useStrings(gridStrings);
  const labels = useStrings(actionStrings);
  // Subscribing to these makes the buttons' enabled state follow the document and selection.
  useEditor((s) => s.past.length);
  useEditor((s) => s.future.length);
  useEditor((s) => s.document.steps);
  const selection = useEditor((s) => s.selection);
  const inExecutorCell = executorIdOf(selection?.column ?? '') !== null;

  const button = (command: GridCommand) => {
    const label = labels[command];
    const shortcut = formatShortcut(commandShortcut(command));
    return (
      <button
        key={command}
        type="button"
        data-testid={`toolbar-${command}`}
        aria-label={label}
        title={`${label} (${shortcut})`}
        disabled={!canRun(command)}
        onClick={() => runGridCommand(command)}
      >
        {label}
      </button>
    );
  };

  return (
    <div className="sop-grid-toolbar" role="toolbar" aria-label={t.gridLabel}>
      <span className="sop-toolbar-group" aria-label={t.history}>
        {button('undo')}
        {button('redo')}
      </span>
      <span className="sop-toolbar-group" aria-label={t.steps}>
        {STEP_COMMANDS.map(button)}
      </span>
      <span className="sop-toolbar-group" aria-label={t.symbolLabel}>
        {SYMBOLS.map((symbol) => (
          <button
            key={symbol}
            type="button"
            className="sop-symbol-button"
            aria-label={t[symbol]}
            title={t[symbol]}
            disabled={!inExecutorCell}
            onClick={() => placeSymbol(symbol)}
          >
            <SymbolShape symbol={symbol} />
          </button>
        ))}
        <button type="button" disabled={!inExecutorCell} onClick={() => placeSymbol(null)}>
          {t.clearSymbol}
        </button>
      </span>
    </div>
  );
}
