// The editor's toolbar for the table, on one line: Urungkan / Ulangi, the symbols, the flow (a
// decision's exits, a joint activity) and the step commands acting on the selected cell (drawn
// from the command table), what does not fit under Lainnya, and Tambah pelaksana at the end. Placed by the app's frame; it reads the store, so it
// can sit anywhere.

import type { GridCommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { useStrings } from '../../i18n';
import { useEditor } from '../../state/store';
import { OverflowBar } from '../../ui/OverflowBar';
import type { BarItem } from '../../ui/OverflowBar';
import { AddExecutor } from './AddExecutor';
import {
  canRun,
  FLOW_COMMANDS,
  gridHandlers,
  HISTORY_COMMANDS,
  STEP_COMMANDS,
  SYMBOL_COMMANDS,
  symbolOf,
} from './commands';
import { gridMenuItem } from './menu-items';
import { gridStrings } from './strings';
import { SymbolShape } from './SymbolShape';

/** The groups of the bar, in order: what goes under Lainnya first is at the end. */
const GROUPS: readonly (readonly GridCommandId[])[] = [
  HISTORY_COMMANDS,
  SYMBOL_COMMANDS,
  FLOW_COMMANDS,
  STEP_COMMANDS,
];

type GridToolbarProps = {
  /** Executor names offered when adding one (the organisation's roles). */
  executorNames?: readonly string[];
};

export function GridToolbar({ executorNames = [] }: GridToolbarProps) {
  const t = useStrings(gridStrings);
  const text = useCommandText();
  // Subscribing to these makes the buttons' enabled state follow the document and selection.
  useEditor((s) => s.past.length);
  useEditor((s) => s.future.length);
  useEditor((s) => s.document.steps);
  useEditor((s) => s.selection);

  const item = (id: GridCommandId, groupStart: boolean): BarItem => {
    const { label, button: name, title } = text(id);
    const symbol = symbolOf(id);
    return {
      menu: gridMenuItem(id, text, groupStart),
      element: (
        <button
          type="button"
          className={symbol ? 'sop-symbol-button' : undefined}
          data-testid={`toolbar-${id}`}
          aria-label={symbol ? name : label}
          title={title ?? label}
          disabled={!canRun(id)}
          onClick={gridHandlers[id]}
        >
          {symbol ? <SymbolShape symbol={symbol} /> : name}
        </button>
      ),
    };
  };
  const items = GROUPS.flatMap((group) => group.map((id, at) => item(id, at === 0)));

  return (
    <OverflowBar
      className="sop-grid-toolbar"
      label={t.gridLabel}
      items={items}
      end={<AddExecutor names={executorNames} />}
      testId="grid-toolbar"
    />
  );
}
