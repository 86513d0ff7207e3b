// Bringing SOPs in from files, as the library screen and the command bar offer it: Impor .sop.json,
// Impor Excel and Impor PDF (native dialogs in the desktop app, a file input in the browser), named
// by the command table. The hooks give the picking apart from its button, for the command bar's Lainnya.

import type { ReactNode } from 'react';
import { useCommandText } from '../commands/text';
import { hasDesktop } from '../platform/desktop';
import { useFilePicker } from '../ui/FilePicker';
import { pickWithDialog, readPickedFile } from './import-review';
import { importSopJson, importSopJsonFiles, importWithDialog } from './commands';

type ImportJsonProps = { inputTestId?: string; onImported?: () => void };

type Picker = { pick: () => void; input: ReactNode };

const JSON_TYPES = '.json,application/json';
const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF_TYPES = '.pdf,application/pdf';
const EXCEL_INPUT = 'import-excel-input';
const PDF_INPUT = 'import-pdf-input';

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
    onFile: (file) => void readPickedFile('xlsx', file),
    onNativePick: hasDesktop() ? () => void pickWithDialog('xlsx') : undefined,
  });
}

/** Impor PDF: the PDF's SOPs go to the same import review. */
export function useImportPdf(): Picker {
  return useFilePicker({
    accept: PDF_TYPES,
    inputTestId: PDF_INPUT,
    onFile: (file) => void readPickedFile('pdf', file),
    onNativePick: hasDesktop() ? () => void pickWithDialog('pdf') : undefined,
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

export function ImportPdfButton() {
  const { button, title } = useCommandText()('importPdf');
  return <PickerButton picker={useImportPdf()} label={button} title={title} testId="import-pdf" />;
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
