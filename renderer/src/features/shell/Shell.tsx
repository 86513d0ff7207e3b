// The app once it knows who it is: header, the library or the editor, dialogs, notices, and the
// print pages while printing. Starts autosave and the app-wide shortcuts.

import { useEffect } from 'react';
import type { AppInfo } from '../../../../shared/api';
import { matchesShortcut } from '../../state/shortcuts';
import { ExcelImportDialog } from '../library/ExcelImportDialog';
import { LibraryScreen } from '../library/LibraryScreen';
import { PrintPages } from '../preview/PrintPages';
import { startAutosave } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { importDocument } from '../../document/commands';
import { listenToDesktop } from '../../platform/desktop';
import { Notices } from '../../ui/Notices';
import { AppHeader } from './AppHeader';
import { Dialogs } from './Dialogs';
import { EditorScreen } from './EditorScreen';
import { runMenuCommand } from './menu';

export function Shell({ info }: { info: AppInfo }) {
  const screen = useShell((s) => s.screen);
  const printing = useShell((s) => s.printing);

  useEffect(() => startAutosave(), []);
  useEffect(
    () =>
      listenToDesktop(runMenuCommand, (file) => void importDocument(file.document, file.fileName)),
    [],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shell = useShell.getState();
      if (matchesShortcut(event, 'Mod+S') && shell.screen === 'editor') {
        event.preventDefault();
        shell.openDialog('saveRevision');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <div className="app">
        <AppHeader info={info} />
        {screen === 'library' ? <LibraryScreen /> : <EditorScreen />}
        <Dialogs info={info} />
        <ExcelImportDialog />
        <Notices />
      </div>
      {printing && <PrintPages />}
    </>
  );
}
