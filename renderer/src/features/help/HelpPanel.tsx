// Bantuan: the guide (Panduan) and the keyboard shortcuts, read from the command table so the
// list never drifts from what the keys do.

import { useState } from 'react';
import { useLanguage, useStrings } from '../../i18n';
import { hasDesktop } from '../../platform/desktop';
import { GuidePage } from './GuidePage';
import { helpRows } from './help-rows';
import type { HelpRow } from './help-rows';
import { helpStrings } from './strings';
import './help.css';

type HelpTab = 'guide' | 'keys';

export function HelpPanel() {
  const t = useStrings(helpStrings);
  const [tab, setTab] = useState<HelpTab>('guide');
  return (
    <div className="app-help" data-testid="help-panel">
      <div className="app-help-tabs" role="tablist">
        {(['guide', 'keys'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            data-testid={`help-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {id === 'guide' ? t.guideTab : t.keysTab}
          </button>
        ))}
      </div>
      {tab === 'guide' ? <GuidePage /> : <Shortcuts />}
    </div>
  );
}

function Shortcuts() {
  const t = useStrings(helpStrings);
  const language = useLanguage((s) => s.language);
  const { commands, table } = helpRows(language, hasDesktop());
  return (
    <>
      <ShortcutTable caption={t.shortcutsTitle} rows={commands} command={t.command} keys={t.keys} />
      <ShortcutTable caption={t.tableKeys} rows={table} command={t.command} keys={t.keys} />
      <p className="app-muted">{t.tips}</p>
    </>
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
