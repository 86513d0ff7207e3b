// The grid's commands as menu items (the row menu, the toolbar's Lainnya): the label and key from
// the command table, the symbol's shape before a symbol command, enabled where it applies.

import type { GridCommandId } from '../../../../shared/commands';
import type { useCommandText } from '../../commands/text';
import type { MenuItem } from '../../ui/Menu';
import { canRun, gridHandlers, symbolOf } from './commands';
import { SymbolShape } from './SymbolShape';

type CommandText = ReturnType<typeof useCommandText>;

export function gridMenuItem(
  id: GridCommandId,
  text: CommandText,
  groupStart = false,
  run: () => void = gridHandlers[id],
): MenuItem {
  const { label, key } = text(id);
  const symbol = symbolOf(id);
  return {
    key: id,
    label,
    shortcut: key,
    icon: symbol && <SymbolShape symbol={symbol} />,
    disabled: !canRun(id),
    groupStart,
    testId: `menu-${id}`,
    run,
  };
}
