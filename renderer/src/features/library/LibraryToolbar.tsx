// The library's toolbar on one line (what does not fit goes under Lainnya): new SOP, the imports,
// Buku SOP and Excel untuk Biro of the listed SOPs, the bin and the backups.

import { useCommandText } from '../../commands/text';
import { newSop } from '../../document/commands';
import { useImportExcel, useImportJson, useImportPdf } from '../../document/ImportButtons';
import { useStrings } from '../../i18n';
import { OverflowBar, type BarItem } from '../../ui/OverflowBar';
import { libraryStrings } from './strings';

type LibraryToolbarProps = {
  /** Buku SOP and Excel untuk Biro are offered while SOPs are listed. */
  canExport: boolean;
  showBin: boolean;
  onNewFromProfile: () => void;
  onImported: () => void;
  onExportBook: () => void;
  onExportBureau: () => void;
  onToggleBin: () => void;
  onBackups: () => void;
};

type Button = {
  key: string;
  label: string;
  title?: string;
  testId?: string;
  primary?: boolean;
  pressed?: boolean;
  group?: boolean;
  run: () => void;
};

export function LibraryToolbar(props: LibraryToolbarProps) {
  const t = useStrings(libraryStrings);
  const text = useCommandText();
  const importJson = useImportJson({
    inputTestId: 'library-import-input',
    onImported: props.onImported,
  });
  const importExcel = useImportExcel();
  const importPdf = useImportPdf();
  const buttons: Button[] = [
    {
      key: 'new',
      label: `+ ${t.newFromProfile}`,
      testId: 'new-sop',
      primary: true,
      run: props.onNewFromProfile,
    },
    { key: 'empty', label: t.newEmpty, testId: 'new-empty-sop', run: () => void newSop(false) },
    {
      key: 'excel',
      ...commandButton(text('importExcel')),
      testId: 'import-excel',
      group: true,
      run: importExcel.pick,
    },
    { key: 'pdf', ...commandButton(text('importPdf')), testId: 'import-pdf', run: importPdf.pick },
    { key: 'json', ...commandButton(text('openFile')), run: importJson.pick },
    ...(props.canExport
      ? [
          {
            key: 'book',
            label: t.exportBook,
            testId: 'export-book',
            group: true,
            run: props.onExportBook,
          },
          {
            key: 'bureau',
            label: t.exportBureau,
            testId: 'export-bureau',
            run: props.onExportBureau,
          },
        ]
      : []),
    {
      key: 'bin',
      label: props.showBin ? t.backToList : t.bin,
      testId: 'show-bin',
      pressed: props.showBin,
      group: true,
      run: props.onToggleBin,
    },
    { key: 'backups', label: t.backups, testId: 'show-backups', run: props.onBackups },
  ];
  return (
    <>
      <OverflowBar
        className="app-library-new"
        label={t.title}
        items={buttons.map(barItem)}
        testId="library-toolbar"
      />
      {importJson.input}
      {importExcel.input}
      {importPdf.input}
    </>
  );
}

function commandButton({ button, title }: { button: string; title: string | undefined }) {
  return { label: button, title };
}

function barItem(button: Button): BarItem {
  return {
    element: (
      <button
        type="button"
        className={button.primary ? 'app-primary' : undefined}
        title={button.title}
        aria-pressed={button.pressed}
        data-testid={button.testId}
        onClick={button.run}
      >
        {button.label}
      </button>
    ),
    menu: {
      key: button.key,
      label: button.label,
      groupStart: button.group,
      testId: button.testId && `menu-${button.testId}`,
      run: button.run,
    },
  };
}
