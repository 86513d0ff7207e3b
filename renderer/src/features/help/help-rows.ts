// The rows of the Bantuan panel: every command of the command table with keys that work here
// (the native menu's keys only in the desktop app), then the table's own keys: moving, typing,
// placing a symbol with the mouse (moved, or joined with Ctrl or Alt held), the keys of an
// executor cell, copy and paste.

import { COMMAND_IDS, commandSpec } from '../../../../shared/commands';
import type { CommandId } from '../../../../shared/commands';
import { formatShortcut, shownKeys } from '../../commands/keys';
import type { Language } from '../../i18n';
import { helpStrings } from './strings';

export type HelpRow = { name: string; keys: string };

function commandRow(id: CommandId, language: Language, desktop: boolean): HelpRow {
  const keys = shownKeys(id, desktop).map(formatShortcut).join(' / ');
  return { name: commandSpec(id).label[language], keys };
}

function rowsIn(cell: boolean, language: Language, desktop: boolean): HelpRow[] {
  return COMMAND_IDS.filter((id) => shownKeys(id, desktop).length > 0)
    .filter((id) => (commandSpec(id).shortcut?.scope === 'cell') === cell)
    .map((id) => commandRow(id, language, desktop));
}

export function helpRows(
  language: Language,
  desktop: boolean,
): { commands: HelpRow[]; table: HelpRow[] } {
  const t = helpStrings[language];
  return {
    commands: rowsIn(false, language, desktop),
    table: [
      { name: t.navigate, keys: t.navigateKeys },
      { name: t.edit, keys: t.editKeys },
      { name: t.newLine, keys: 'Alt+Enter' },
      { name: t.place, keys: t.placeKeys },
      { name: t.join, keys: `${formatShortcut('Mod')}+${t.click} / Alt+${t.click}` },
      ...rowsIn(true, language, desktop),
      { name: t.copyPaste, keys: `${formatShortcut('Mod+C')} / ${formatShortcut('Mod+V')}` },
    ],
  };
}
