// The editor's menu bar: library, new, save (revision), approve, history, PDF, print, and the
// .sop.json import/export. The same commands are reachable from the keyboard (Ctrl+S).

import { useState } from 'react';
import { useShell } from '../../app/ui-store';
import { exportExcel, exportPdf, exportSopJson, newSop, printSop } from '../../document/commands';
import { ImportExcelButton, ImportJsonButton } from '../../document/ImportButtons';
import { useStrings } from '../../i18n';
import { shellStrings } from './strings';

export function CommandBar() {
  const t = useStrings(shellStrings);
  const openDialog = useShell((s) => s.openDialog);
  const setScreen = useShell((s) => s.setScreen);
  const [busy, setBusy] = useState(false);

  const run = (work: () => Promise<boolean>) => async () => {
    setBusy(true);
    await work();
    setBusy(false);
  };

  return (
    <div className="app-commands" role="toolbar" aria-label={t.library}>
      <button type="button" title={t.openTitle} onClick={() => setScreen('library')}>
        {t.open}
      </button>
      <button type="button" title={t.newSopTitle} onClick={run(() => newSop(true))}>
        {t.newSop}
      </button>
      <span className="app-separator" />
      <button
        type="button"
        className="app-primary"
        title={t.saveTitle}
        data-testid="command-save"
        onClick={() => openDialog('saveRevision')}
      >
        {t.save}
      </button>
      <button type="button" title={t.approveTitle} onClick={() => openDialog('approve')}>
        {t.approve}
      </button>
      <button type="button" title={t.historyTitle} onClick={() => openDialog('history')}>
        {t.history}
      </button>
      <span className="app-separator" />
      <button
        type="button"
        data-testid="command-export-pdf"
        disabled={busy}
        onClick={run(exportPdf)}
      >
        {t.exportPdf}
      </button>
      <button type="button" onClick={() => void printSop()}>
        {t.print}
      </button>
      <span className="app-separator" />
      <ImportJsonButton inputTestId="import-json-input" />
      <button type="button" disabled={busy} onClick={run(exportSopJson)}>
        {t.exportJson}
      </button>
      <span className="app-separator" />
      <ImportExcelButton />
      <button type="button" disabled={busy} onClick={run(exportExcel)}>
        {t.exportExcel}
      </button>
    </div>
  );
}
