// The header: the app's name and version; in the editor the way back to Pustaka SOP, the open
// SOP's name, its save status, its approval and its server status; the settings, language, help
// and about buttons. Fixed height: nothing below it moves. On a small window the editor's header
// leaves out the app's name and version (Tentang has them) so the SOP's name and statuses fit.

import type { AppInfo } from '../../../../shared/api';
import { useShell } from '../../app/ui-store';
import { useCommandText } from '../../commands/text';
import { fill, useLanguage, useStrings } from '../../i18n';
import type { Language } from '../../i18n';
import { useEditor } from '../../state/store';
import { ApprovalStatus } from './ApprovalStatus';
import { CommandButton } from './CommandButton';
import { runCommand } from './run-command';
import { SaveStatus } from './SaveStatus';
import { ServerStatus } from './ServerStatus';
import { shellStrings } from './strings';

export function AppHeader({ info }: { info: AppInfo }) {
  const t = useStrings(shellStrings);
  const screen = useShell((s) => s.screen);
  const text = useCommandText();
  const name = useEditor((s) => s.document.identity.name);
  const language = useLanguage((s) => s.language);
  const setLanguage = useLanguage((s) => s.setLanguage);

  return (
    <header className="app-header" data-screen={screen}>
      <div className="app-brand">
        <span className="app-logo-mark" aria-hidden="true">
          SOP
        </span>
        <span data-testid="app-title" className="app-title">
          {info.name}{' '}
          <small data-testid="app-version">{fill(t.version, { version: info.version })}</small>
        </span>
      </div>
      <div className="app-doc-title">
        {screen === 'editor' && (
          <>
            <LibraryLink />
            <h1 data-testid="sop-name" title={name || t.untitled}>
              {name || <span className="app-muted">{t.untitled}</span>}
            </h1>
            <SaveStatus />
            <ApprovalStatus />
            <ServerStatus />
          </>
        )}
      </div>
      <nav className="app-header-tools" aria-label={text('settings').label}>
        <label className="app-language">
          <span className="app-visually-hidden">{t.language}</span>
          <select
            value={language}
            data-testid="language"
            aria-label={t.language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <CommandButton id="settings" />
        <CommandButton id="help" />
        <CommandButton id="about" />
      </nav>
    </header>
  );
}

/** Back to the library from the editor, where a clerk looks for it: before the SOP's name. */
function LibraryLink() {
  const { label, title } = useCommandText()('openLibrary');
  return (
    <button
      type="button"
      className="app-header-link"
      title={title}
      data-testid="header-library"
      onClick={() => runCommand('openLibrary')}
    >
      <span aria-hidden="true">‹</span> {label}
    </button>
  );
}
