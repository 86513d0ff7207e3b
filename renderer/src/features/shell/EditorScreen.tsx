// The editor: tabs Diagram alir / Identitas / Pratinjau, the live preview optionally beside them,
// and the Periksa panel on the right. The grid stays mounted when hidden, so a check can jump
// into it at once and its scroll position survives tab switches.

import type { ReactNode } from 'react';
import type { ViewCommandId } from '../../../../shared/commands';
import type { EditorTab } from '../../app/ui-store';
import { useRoles } from '../../app/organisation';
import { useShell } from '../../app/ui-store';
import { useCommandText } from '../../commands/text';
import { useStrings } from '../../i18n';
import { ChecksPanel } from '../checks/ChecksPanel';
import { FlowchartGrid, GridToolbar } from '../grid';
import { IdentityForm } from '../identity/IdentityForm';
import { PreviewPanel } from '../preview/PreviewPanel';
import { CommandBar } from './CommandBar';
import { shellStrings } from './strings';

/** The tabs, named by the commands that show them (Diagram alir, Identitas, Pratinjau). */
const TABS: readonly [EditorTab, ViewCommandId][] = [
  ['grid', 'viewGrid'],
  ['identity', 'viewIdentity'],
  ['preview', 'viewPreview'],
];

export function EditorScreen() {
  const t = useStrings(shellStrings);
  const text = useCommandText();
  const tab = useShell((s) => s.tab);
  const setTab = useShell((s) => s.setTab);
  const checksOpen = useShell((s) => s.checksOpen);
  const toggleChecks = useShell((s) => s.toggleChecks);
  const previewBeside = useShell((s) => s.previewBeside);
  const togglePreviewBeside = useShell((s) => s.togglePreviewBeside);
  const roles = useRoles();
  const beside = previewBeside && tab !== 'preview';

  return (
    <div className="app-editor">
      <CommandBar />
      <div className="app-tabs-bar">
        <div role="tablist" aria-label={text('viewGrid').label} className="app-tabs">
          {TABS.map(([name, command]) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`pane-${name}`}
              data-testid={`tab-${name}`}
              onClick={() => setTab(name)}
            >
              {text(command).label}
            </button>
          ))}
        </div>
        <div className="app-tab-tools">
          <label className="app-check">
            <input
              type="checkbox"
              checked={previewBeside}
              data-testid="preview-beside"
              onChange={togglePreviewBeside}
            />
            {t.previewBeside}
          </label>
          <button
            type="button"
            aria-pressed={checksOpen}
            data-testid="toggle-checks"
            className={checksOpen ? 'app-toggle app-toggle-on' : 'app-toggle'}
            onClick={toggleChecks}
          >
            {text('toggleChecks').label}
          </button>
        </div>
      </div>
      <div className="app-workspace">
        <div className="app-main-pane">
          <TabPane name="grid" shown={tab} className="app-pane app-pane-grid" keepMounted>
            <GridToolbar executorNames={roles} />
            <FlowchartGrid />
          </TabPane>
          <TabPane name="identity" shown={tab} className="app-pane app-pane-scroll">
            <IdentityForm />
          </TabPane>
          <TabPane name="preview" shown={tab} className="app-pane">
            <PreviewPanel />
          </TabPane>
        </div>
        {beside && (
          <div className="app-side-preview">
            <PreviewPanel />
          </div>
        )}
        {checksOpen && <ChecksPanel onClose={toggleChecks} />}
      </div>
    </div>
  );
}

type TabPaneProps = {
  name: EditorTab;
  shown: EditorTab;
  className: string;
  /** Stays in the page while another tab shows (the grid keeps its scroll and can be jumped to). */
  keepMounted?: boolean;
  children: ReactNode;
};

function TabPane({ name, shown, className, keepMounted, children }: TabPaneProps) {
  if (name !== shown && !keepMounted) return null;
  return (
    <div
      id={`pane-${name}`}
      role="tabpanel"
      aria-labelledby={`tab-${name}`}
      className={className}
      hidden={name !== shown}
    >
      {children}
    </div>
  );
}
