// The menu of a right click on a cell: the step commands, the exits of a decision, and in an
// executor cell the symbols and the joint activity; drawn from the command table, like the
// toolbar and the keys.

import { useCallback } from 'react';
import type { GridCommandId } from '../../../../shared/commands';
import { useCommandText } from '../../commands/text';
import { executorIdOf } from '../../state/columns';
import { editorStore, useEditor } from '../../state/store';
import { Menu } from '../../ui/Menu';
import { canRun, gridHandlers, isCellCommand, STEP_COMMANDS, SYMBOL_COMMANDS } from './commands';
import { gridMenuItem } from './menu-items';
import { gridStrings } from './strings';
import { useStrings } from '../../i18n';
import { useGridUi } from './ui';

export function RowMenu() {
  const t = useStrings(gridStrings);
  const text = useCommandText();
  const menu = useGridUi((s) => s.menu);
  const selection = useEditor((s) => s.selection);
  const close = useCallback(() => useGridUi.getState().closeMenu(), []);

  if (!menu) return null;
  const inExecutorCell = executorIdOf(selection?.column ?? '') !== null;
  const run = (id: GridCommandId) => () => {
    gridHandlers[id]();
    // A cell edit leaves the cell where it is: give it back the focus the menu took.
    if (isCellCommand(id) && selection) editorStore.getState().reveal(selection);
  };
  const cellCommands: readonly GridCommandId[] = [...SYMBOL_COMMANDS, 'makeJoint'];
  const items = [
    ...STEP_COMMANDS.map((id) => gridMenuItem(id, text, false, run(id))),
    ...(canRun('editDecision')
      ? [gridMenuItem('editDecision', text, true, run('editDecision'))]
      : []),
    ...(inExecutorCell
      ? cellCommands.map((id, at) => gridMenuItem(id, text, at === 0, run(id)))
      : []),
  ];
  return <Menu items={items} at={menu} label={t.rowMenu} testId="row-menu" onClose={close} />;
}
