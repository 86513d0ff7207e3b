// The buttons that bring SOPs in from files, as the library screen and the command bar show them:
// Impor .sop.json and Impor Excel (native dialogs in the desktop app, a file input in the
// browser), named by the command table.

import { useCommandText } from '../commands/text';
import { hasDesktop } from '../platform/desktop';
import { FilePicker } from '../ui/FilePicker';
import { readWorkbookFile, pickWorkbookWithDialog } from './excel-import';
import { importSopJson, importSopJsonFiles, importWithDialog } from './commands';

type ImportJsonProps = { inputTestId?: string; onImported?: () => void };

export function ImportJsonButton({ inputTestId, onImported }: ImportJsonProps) {
  const { button, title } = useCommandText()('openFile');
  const after = (work: Promise<boolean>) => void work.then(() => onImported?.());
  return (
    <FilePicker
      label={button}
      title={title}
      accept=".json,application/json"
      inputTestId={inputTestId}
      onFile={(file) => after(importSopJson(file))}
      onFiles={(files) => after(importSopJsonFiles(files))}
      onNativePick={hasDesktop() ? () => after(importWithDialog()) : undefined}
    />
  );
}

export function ImportExcelButton() {
  const { button, title } = useCommandText()('importExcel');
  return (
    <FilePicker
      label={button}
      title={title}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      buttonTestId="import-excel"
      inputTestId="import-excel-input"
      onFile={(file) => void readWorkbookFile(file)}
      onNativePick={hasDesktop() ? () => void pickWorkbookWithDialog() : undefined}
    />
  );
}
