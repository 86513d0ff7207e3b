// The editor's toolbar for the table: Urungkan / Ulangi, step commands, symbol buttons and the
// flow (a decision's exits, a joint activity) acting on the selected cell, drawn from the
// command table. Placed by the app's frame; it reads the store,
// so it can sit anywhere.

import type { GridCommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { useStrings } from '../../i18n';
import { useEditor } from '../../state/store';
import {
  canRun,
  FLOW_COMMANDS,
  gridHandlers,
  HISTORY_COMMANDS,
  STEP_COMMANDS,
  SYMBOL_COMMANDS,
  symbolOf,
} from './commands';
import { gridStrings } from './strings';
import type { GridText } from './strings';
import { SymbolShape } from './SymbolShape';

const GROUPS: readonly { label: keyof GridText; commands: readonly GridCommandId[] }[] = [
  { label: 'history', commands: HISTORY_COMMANDS },
  { label: 'steps', commands: STEP_COMMANDS },
  { label: 'symbolLabel', commands: SYMBOL_COMMANDS },
  { label: 'flow', commands: FLOW_COMMANDS },
];

export function GridToolbar() {
  const t = useStrings(gridStrings);
  const text = useCommandText();
  // Subscribing to these makes the buttons' enabled state follow the document and selection.
  useEditor((s) => s.past.length);
  useEditor((s) => s.future.length);
  useEditor((s) => s.document.steps);
  useEditor((s) => s.selection);

  const button = (id: GridCommandId) => {
    const { button: name, title } = text(id);
    const symbol = symbolOf(id);
    return (
      <button
        key={id}
        type="button"
        className={symbol ? 'sop-symbol-button' : undefined}
        data-testid={`toolbar-${id}`}
        aria-label={name}
        title={title}
        disabled={!canRun(id)}
        onClick={gridHandlers[id]}
      >
        {symbol ? <SymbolShape symbol={symbol} /> : name}
      </button>
    );
  };

  return (
    <div className="sop-grid-toolbar" role="toolbar" aria-label={t.gridLabel}>
      {GROUPS.map((group) => (
        <span key={group.label} className="sop-toolbar-group" aria-label={t[group.label]}>
          {group.commands.map(button)}
        </span>
      ))}
    </div>
  );
}
