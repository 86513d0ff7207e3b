// The app once it knows who it is: header, the library or the editor, dialogs, notices, and the
// print pages while printing. Starts autosave, the app-wide keys and the native menu's commands.

import { useEffect } from 'react';
import type { AppInfo } from '../../../../shared/api';
import { ImportReviewDialog } from '../library/ImportReviewDialog';
import { LibraryScreen } from '../library/LibraryScreen';
import { PrintPages } from '../preview/PrintPages';
import { RegisterScreen } from '../register/RegisterScreen';
import { startAutosave } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { importDocument } from '../../document/commands';
import { PrintChoiceDialog } from '../../document/PrintChoiceDialog';
import { commandForKeyIn } from '../../commands/keys';
import { listenToDesktop } from '../../platform/desktop';
import { Notices } from '../../ui/Notices';
import { ProgressBar } from '../../ui/ProgressBar';
import { AppHeader } from './AppHeader';
import { Dialogs } from './Dialogs';
import { EditorScreen } from './EditorScreen';
import { availableHere, runCommand } from './run-command';
import './shell.css';

export function Shell({ info }: { info: AppInfo }) {
  const screen = useShell((s) => s.screen);
  const printing = useShell((s) => s.printing);

  useEffect(() => startAutosave(), []);
  useEffect(
    () => listenToDesktop(runCommand, (file) => void importDocument(file.document, file.fileName)),
    [],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKeyIn(event, 'window');
      if (command === null || !availableHere(command)) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <div className="app">
        <AppHeader info={info} />
        {screen === 'library' && <LibraryScreen />}
        {screen === 'register' && <RegisterScreen />}
        {screen === 'editor' && <EditorScreen />}
        <Dialogs info={info} />
        <ImportReviewDialog />
        <PrintChoiceDialog />
        <ProgressBar />
        <Notices />
      </div>
      {printing && <PrintPages job={printing} />}
    </>
  );
}
