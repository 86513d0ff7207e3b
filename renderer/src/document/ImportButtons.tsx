// Bringing SOPs in from files, as the library screen and the command bar offer it: Impor .sop.json
// and Impor Excel (native dialogs in the desktop app, a file input in the browser), named by the
// command table. The hooks give the picking apart from its button, for the command bar's Lainnya.

import type { ReactNode } from 'react';
import { useCommandText } from '../commands/text';
import { hasDesktop } from '../platform/desktop';
import { useFilePicker } from '../ui/FilePicker';
import { readWorkbookFile, pickWorkbookWithDialog } from './excel-import';
import { importSopJson, importSopJsonFiles, importWithDialog } from './commands';

type ImportJsonProps = { inputTestId?: string; onImported?: () => void };

type Picker = { pick: () => void; input: ReactNode };

const JSON_TYPES = '.json,application/json';
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXCEL_INPUT = 'import-excel-input';

/** Impor .sop.json: the file opens in the editor. */
export function useImportJson({ inputTestId, onImported }: ImportJsonProps = {}): Picker {
  const after = (work: Promise<boolean>) => void work.then(() => onImported?.());
  return useFilePicker({
    accept: JSON_TYPES,
    inputTestId,
    onFile: (file) => after(importSopJson(file)),
    onFiles: (files) => after(importSopJsonFiles(files)),
    onNativePick: hasDesktop() ? () => after(importWithDialog()) : undefined,
  });
}

/** Impor Excel: the workbook's SOPs go to the import review. */
export function useImportExcel(): Picker {
  return useFilePicker({
    accept: XLSX_TYPES,
    inputTestId: EXCEL_INPUT,
    onFile: (file) => void readWorkbookFile(file),
    onNativePick: hasDesktop() ? () => void pickWorkbookWithDialog() : undefined,
  });
}

export function ImportJsonButton(props: ImportJsonProps) {
  const { button, title } = useCommandText()('openFile');
  return <PickerButton picker={useImportJson(props)} label={button} title={title} />;
}

export function ImportExcelButton() {
  const { button, title } = useCommandText()('importExcel');
  return (
    <PickerButton picker={useImportExcel()} label={button} title={title} testId="import-excel" />
  );
}

type PickerButtonProps = { picker: Picker; label: string; title?: string; testId?: string };

function PickerButton({ picker, label, title, testId }: PickerButtonProps) {
  return (
    <>
      <button type="button" title={title} data-testid={testId} onClick={picker.pick}>
        {label}
      </button>
      {picker.input}
    </>
  );
}
