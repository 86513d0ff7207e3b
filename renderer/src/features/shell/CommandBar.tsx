// The editor's menu bar: library, new, save (revision), approve, history, PDF, print, and the
// .sop.json import/export. The same commands are reachable from the keyboard (Ctrl+S).

import { useRef, useState } from 'react';
import { useStrings } from '../../i18n';
import { ExcelImportButton } from '../library/ExcelImportButton';
import { exportExcel } from '../library/excel';
import { exportPdf, exportSopJson, importSopJson, importWithDialog, printSop } from './commands';
import { hasDesktop } from './desktop';
import { createSop } from './session';
import { shellStrings } from './strings';
import { errorText, useShell } from './ui-store';

export function CommandBar() {
  const t = useStrings(shellStrings);
  const openDialog = useShell((s) => s.openDialog);
  const setScreen = useShell((s) => s.setScreen);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      useShell.getState().notify('error', errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="app-commands" role="toolbar" aria-label={t.library}>
      <button type="button" title={t.openTitle} onClick={() => setScreen('library')}>
        {t.open}
      </button>
      <button type="button" title={t.newSopTitle} onClick={run(() => createSop(true))}>
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
      <button
        type="button"
        onClick={() => (hasDesktop() ? void importWithDialog() : fileInput.current?.click())}
      >
        {t.importJson}
      </button>
      <button type="button" disabled={busy} onClick={run(exportSopJson)}>
        {t.exportJson}
      </button>
      <span className="app-separator" />
      <ExcelImportButton />
      <button type="button" disabled={busy} onClick={run(exportExcel)}>
        {t.exportExcel}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-json-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void run(() => importSopJson(file))();
        }}
      />
    </div>
  );
}
