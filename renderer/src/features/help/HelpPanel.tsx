// Bantuan: the keyboard shortcuts, read from the command table so the list never drifts from
// what the keys do.

import { useLanguage, useStrings } from '../../i18n';
import { hasDesktop } from '../../platform/desktop';
import { helpRows } from './help-rows';
import type { HelpRow } from './help-rows';
import { helpStrings } from './strings';
import './help.css';

export function HelpPanel() {
  const t = useStrings(helpStrings);
  const language = useLanguage((s) => s.language);
  const { commands, table } = helpRows(language, hasDesktop());
  return (
    <div className="app-help" data-testid="help-panel">
      <ShortcutTable caption={t.helpTitle} rows={commands} command={t.command} keys={t.keys} />
      <ShortcutTable caption={t.tableKeys} rows={table} command={t.command} keys={t.keys} />
      <p className="app-muted">{t.tips}</p>
    </div>
  );
}

type TableProps = { caption: string; rows: HelpRow[]; command: string; keys: string };

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
        {rows.map((row) => (
          <tr key={row.name}>
            <td>{row.name}</td>
            <td>
              <kbd>{row.keys}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
