// The handlers of the view commands of the command table (shared/commands/view.ts): the editor's
// tabs and checks panel, and the help, about and settings dialogs.

import type { ViewCommandId } from '../../../shared/commands';
import type { Handlers } from '../commands/handlers';
import { dialogOpener, useShell } from './ui-store';
import type { EditorTab } from './ui-store';

const tab = (name: EditorTab) => () => useShell.getState().setTab(name);

export const viewHandlers: Handlers<ViewCommandId> = {
  viewGrid: tab('grid'),
  viewIdentity: tab('identity'),
  viewPreview: tab('preview'),
  toggleChecks: () => useShell.getState().toggleChecks(),
  help: dialogOpener('help'),
  about: dialogOpener('about'),
  settings: dialogOpener('settings'),
};
