// The editor's command bar, on one line: library, new, save (revision), approve, history, PDF,
// print, the .sop.json and Excel import/export and, with a server set, Kirim ke Biro (the open
// SOP) and Tarik pembaruan; drawn from the command table; what does not fit goes under Lainnya.
// The exports are disabled while one of them runs.

import { useState } from 'react';
import type { CommandId } from '../../../../shared/commands';
import { useServerSettings } from '../../app/server';
import { useServerSync } from '../../app/server-sync';
import { useCommandText } from '../../commands/text';
import { exportExcel, exportPdf, exportSopJson } from '../../document/commands';
import { useImportExcel, useImportJson, useImportPdf } from '../../document/ImportButtons';
import { useStrings } from '../../i18n';
import { OverflowBar } from '../../ui/OverflowBar';
import type { BarItem } from '../../ui/OverflowBar';
import { CommandButton } from './CommandButton';
import { runCommand } from './run-command';
import { shellStrings } from './strings';

type CommandOptions = {
  /** Starts a group (a line before it). */
  group?: boolean;
  run?: () => void;
  disabled?: boolean;
  className?: string;
  testId?: string;
};

export function CommandBar() {
  const t = useStrings(shellStrings);
  const text = useCommandText();
  const [busy, setBusy] = useState(false);
  const importJson = useImportJson({ inputTestId: 'import-json-input' });
  const importExcel = useImportExcel();
  const importPdf = useImportPdf();
  const server = useServerSettings();
  const syncing = useServerSync((s) => s.busy);
  const tracked = (work: () => Promise<boolean>) => async () => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  const command = (id: CommandId, options: CommandOptions = {}): BarItem => {
    const run = options.run ?? (() => runCommand(id));
    const { label, key } = text(id);
    return {
      element: (
        <CommandButton
          id={id}
          className={options.className}
          testId={options.testId}
          disabled={options.disabled}
          onRun={run}
        />
      ),
      menu: {
        key: id,
        label,
        shortcut: key,
        disabled: options.disabled,
        groupStart: options.group,
        testId: `menu-${id}`,
        run,
      },
    };
  };

  const items = [
    command('openLibrary'),
    command('newSop'),
    command('saveRevision', { group: true, className: 'app-primary', testId: 'command-save' }),
    command('approve'),
    command('history'),
    command('exportPdf', {
      group: true,
      disabled: busy,
      run: tracked(exportPdf),
      testId: 'command-export-pdf',
    }),
    command('print'),
    command('openFile', { group: true, run: importJson.pick }),
    command('exportSopJson', { disabled: busy, run: tracked(exportSopJson) }),
    // Ekspor Excel of the open SOP first: on a narrow window the imports go to Lainnya before it.
    command('exportExcel', { group: true, disabled: busy, run: tracked(exportExcel) }),
    command('importExcel', { run: importExcel.pick, testId: 'import-excel' }),
    command('importPdf', { run: importPdf.pick, testId: 'import-pdf' }),
    ...(server?.url
      ? [
          command('publishToServer', { group: true, disabled: syncing }),
          command('pullFromServer', { disabled: syncing }),
        ]
      : []),
  ];
  return (
    <>
      <OverflowBar className="app-commands" label={t.library} items={items} testId="command-bar" />
      {importJson.input}
      {importExcel.input}
      {importPdf.input}
    </>
  );
}
