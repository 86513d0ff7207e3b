// Bantuan: the keyboard shortcuts, read from the action registry so the list never drifts from
// what the keys do.

import { useStrings } from '../../i18n';
import { actionInfo, commandShortcuts } from '../../state/actions';
import type { ActionName } from '../../state/actions';
import { formatShortcut } from '../../state/shortcuts';
import { actionStrings } from '../../state/strings';
import type { ActionLabel } from '../../state/strings';
import { helpStrings } from './strings';

export function HelpPanel() {
  const t = useStrings(helpStrings);
  const labels = useStrings(actionStrings);
  const rows: [string, string][] = [
    ...(Object.entries(commandShortcuts) as [ActionLabel, string[]][]).map(
      ([label, keys]): [string, string] => [labels[label], keys.map(formatShortcut).join(' / ')],
    ),
    ...(Object.keys(actionInfo) as ActionName[])
      .filter((name) => actionInfo[name].shortcut && !(name in commandShortcuts))
      .map((name): [string, string] => [
        labels[actionInfo[name].label],
        formatShortcut(actionInfo[name].shortcut ?? ''),
      ]),
    [t.saveRevision, formatShortcut('Mod+S')],
  ];
  const tableRows: [string, string][] = [
    [t.navigate, t.navigateKeys],
    [t.edit, t.editKeys],
    [t.newLine, 'Alt+Enter'],
    [t.symbolProcess, '1 / P'],
    [t.symbolDecision, '2 / K'],
    [t.symbolTerminator, '3 / T'],
    [t.symbolClear, 'Delete'],
    [t.copyPaste, `${formatShortcut('Mod+C')} / ${formatShortcut('Mod+V')}`],
  ];
  return (
    <div className="app-help" data-testid="help-panel">
      <ShortcutTable caption={t.helpTitle} rows={rows} command={t.command} keys={t.keys} />
      <ShortcutTable caption={t.tableKeys} rows={tableRows} command={t.command} keys={t.keys} />
      <p className="app-muted">{t.tips}</p>
    </div>
  );
}

type TableProps = { caption: string; rows: [string, string][]; command: string; keys: string };

function ShortcutTable({ caption, rows, command, keys }: TableProps) {
  return (
    <table className="app-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{command}</th>
          <th scope="col">{keys}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, key]) => (
          <tr key={name}>
            <td>{name}</td>
            <td>
              <kbd>{key}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
