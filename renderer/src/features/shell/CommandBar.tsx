// The editor's command bar: library, new, save (revision), approve, history, PDF, print, and the
// .sop.json and Excel import/export, drawn from the command table. The exports are disabled while
// one of them runs.

import { useState } from 'react';
import { exportExcel, exportPdf, exportSopJson } from '../../document/commands';
import { ImportExcelButton, ImportJsonButton } from '../../document/ImportButtons';
import { useStrings } from '../../i18n';
import { CommandButton } from './CommandButton';
import { shellStrings } from './strings';

export function CommandBar() {
  const t = useStrings(shellStrings);
  const [busy, setBusy] = useState(false);
  const tracked = (work: () => Promise<boolean>) => async () => {
    setBusy(true);
    await work();
    setBusy(false);
  };

  return (
    <div className="app-commands" role="toolbar" aria-label={t.library}>
      <CommandButton id="openLibrary" />
      <CommandButton id="newSop" />
      <span className="app-separator" />
      <CommandButton id="saveRevision" className="app-primary" testId="command-save" />
      <CommandButton id="approve" />
      <CommandButton id="history" />
      <span className="app-separator" />
      <CommandButton
        id="exportPdf"
        testId="command-export-pdf"
        disabled={busy}
        onRun={tracked(exportPdf)}
      />
      <CommandButton id="print" />
      <span className="app-separator" />
      <ImportJsonButton inputTestId="import-json-input" />
      <CommandButton id="exportSopJson" disabled={busy} onRun={tracked(exportSopJson)} />
      <span className="app-separator" />
      <ImportExcelButton />
      <CommandButton id="exportExcel" disabled={busy} onRun={tracked(exportExcel)} />
    </div>
  );
}
