// The handlers of the document commands of the command table (shared/commands/document.ts).

import type { DocumentCommandId } from '../../../shared/commands';
import { dialogOpener, useShell } from '../app/ui-store';
import type { Handlers } from '../commands/handlers';
import { exportExcel, exportPdf, exportSopJson, importWithDialog, printSop } from './commands';
import { pickWithDialog } from './import-review';

export const documentHandlers: Handlers<DocumentCommandId> = {
  newSop: dialogOpener('newSop'),
  openLibrary: () => useShell.getState().setScreen('library'),
  openFile: importWithDialog,
  saveRevision: dialogOpener('saveRevision'),
  exportSopJson,
  approve: dialogOpener('approve'),
  history: dialogOpener('history'),
  importExcel: () => pickWithDialog('xlsx'),
  importPdf: () => pickWithDialog('pdf'),
  exportExcel,
  exportPdf,
  print: printSop,
};
