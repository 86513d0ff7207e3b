// Impor Excel: picks a workbook (native dialog in the desktop app, a file input in the browser)
// and hands its bytes to the importer for review.

import { useRef } from 'react';
import { useStrings } from '../../i18n';
import { hasDesktop } from '../shell/desktop';
import { pickWorkbookWithDialog, readWorkbook } from './excel';
import { libraryStrings } from './strings';

export function ExcelImportButton({ primary = false }: { primary?: boolean }) {
  const t = useStrings(libraryStrings);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'app-primary' : undefined}
        data-testid="import-excel"
        onClick={() => (hasDesktop() ? void pickWorkbookWithDialog() : input.current?.click())}
      >
        {t.importExcel}
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="import-excel-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.arrayBuffer().then((b) => readWorkbook(new Uint8Array(b), file.name));
        }}
      />
    </>
  );
}
