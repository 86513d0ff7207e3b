// The buttons that bring SOPs in from files, as the library screen and the command bar show them:
// Impor .sop.json and Impor Excel (native dialogs in the desktop app, a file input in the browser).

import { useStrings } from '../i18n';
import { hasDesktop } from '../platform/desktop';
import { FilePicker } from '../ui/FilePicker';
import { readWorkbookFile, pickWorkbookWithDialog } from './excel-import';
import { importSopJson, importWithDialog } from './commands';
import { documentStrings } from './strings';

type ImportJsonProps = { inputTestId?: string; onImported?: () => void };

export function ImportJsonButton({ inputTestId, onImported }: ImportJsonProps) {
  const t = useStrings(documentStrings);
  const after = (work: Promise<boolean>) => void work.then(() => onImported?.());
  return (
    <FilePicker
      label={t.importJson}
      accept=".json,application/json"
      inputTestId={inputTestId}
      onFile={(file) => after(importSopJson(file))}
      onNativePick={hasDesktop() ? () => after(importWithDialog()) : undefined}
    />
  );
}

export function ImportExcelButton() {
  const t = useStrings(documentStrings);
  return (
    <FilePicker
      label={t.importExcel}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      buttonTestId="import-excel"
      inputTestId="import-excel-input"
      onFile={(file) => void readWorkbookFile(file)}
      onNativePick={hasDesktop() ? () => void pickWorkbookWithDialog() : undefined}
    />
  );
}
