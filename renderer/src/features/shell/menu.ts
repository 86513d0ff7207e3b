// The native menu of the desktop app runs the same commands as the shell's buttons and keys.

import type { MenuCommand } from '../../../../shared/api/desktop';
import { createSop } from '../../app/session';
import { useShell } from '../../app/ui-store';
import {
  exportExcel,
  exportPdf,
  exportSopJson,
  importWithDialog,
  printSop,
} from '../../document/commands';
import { pickWorkbookWithDialog } from '../../document/excel-import';
import { notifyError } from '../../ui/notices';
import { runGridCommand } from '../grid/commands';

/** Commands that need an open SOP; on the library screen they are ignored. */
const EDITOR_ONLY = new Set<MenuCommand>([
  'save',
  'save-file',
  'export-pdf',
  'print',
  'undo',
  'redo',
  'insert-step',
  'delete-step',
  'view-flowchart',
  'view-identity',
  'view-preview',
  'view-checks',
  'export-excel',
]);

export function runMenuCommand(command: MenuCommand): void {
  const shell = useShell.getState();
  if (EDITOR_ONLY.has(command) && shell.screen !== 'editor') return;
  const report = (work: Promise<unknown>) => void work.catch(notifyError);
  switch (command) {
    case 'new':
      return report(createSop(true));
    case 'open-library':
      return shell.setScreen('library');
    case 'open-file':
      return report(importWithDialog());
    case 'save':
      return shell.openDialog('saveRevision');
    case 'save-file':
      return report(exportSopJson());
    case 'export-pdf':
      return report(exportPdf());
    case 'print':
      return report(printSop());
    case 'undo':
    case 'redo':
      runGridCommand(command);
      return;
    case 'insert-step':
      runGridCommand('insertStepBelow');
      return;
    case 'delete-step':
      runGridCommand('deleteSteps');
      return;
    case 'view-flowchart':
      return shell.setTab('grid');
    case 'view-identity':
      return shell.setTab('identity');
    case 'view-preview':
      return shell.setTab('preview');
    case 'view-checks':
      return shell.toggleChecks();
    case 'shortcuts':
      return shell.openDialog('help');
    case 'about':
      return shell.openDialog('about');
    case 'import-excel':
      return report(pickWorkbookWithDialog());
    case 'export-excel':
      return report(exportExcel());
  }
}
