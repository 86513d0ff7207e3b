// The dialog the shell has open, if any: new SOP, save/approve, history, what a send or pull did,
// settings, help, about.

import type { AppInfo } from '../../../../shared/api';
import { useStrings } from '../../i18n';
import { AboutPanel } from '../help/AboutPanel';
import { HelpPanel } from '../help/HelpPanel';
import { helpStrings } from '../help/strings';
import { HistoryDialog } from '../library/HistoryDialog';
import { ServerResultDialog } from '../library/ServerResultDialog';
import { NewSopDialog } from '../new-sop/NewSopDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useShell } from '../../app/ui-store';
import { Dialog } from '../../ui/Dialog';
import { RevisionDialog } from './RevisionDialog';

export function Dialogs({ info }: { info: AppInfo }) {
  const t = useStrings(helpStrings);
  const dialog = useShell((s) => s.dialog);
  const close = useShell((s) => s.closeDialog);
  switch (dialog) {
    case null:
      return null;
    case 'newSop':
      return <NewSopDialog />;
    case 'saveRevision':
    case 'approve':
      return <RevisionDialog key={dialog} mode={dialog} />;
    case 'history':
      return <HistoryDialog />;
    case 'serverResult':
      return <ServerResultDialog />;
    case 'settings':
      return <SettingsDialog />;
    case 'help':
      return (
        <Dialog title={t.helpTitle} onClose={close} testId="help-dialog">
          <HelpPanel />
        </Dialog>
      );
    case 'about':
      return (
        <Dialog title={t.aboutTitle} onClose={close} testId="about-dialog">
          <AboutPanel info={info} />
        </Dialog>
      );
  }
}
