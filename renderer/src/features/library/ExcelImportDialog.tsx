// The review of an Excel import: every SOP the importer found, with what it recognised and each
// guess or problem (sheet and cell), so the user chooses what enters the library.

import { useState } from 'react';
import { describeWarning } from '../../../../shared/import';
import { fill, useStrings } from '../../i18n';
import { importReviewed, useExcelImport } from '../../document/excel-import';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { logoDataUrl } from '../../ui/form/logo';
import { libraryStrings } from './strings';
import './library.css';

export function ExcelImportDialog() {
  const t = useStrings(libraryStrings);
  const pending = useExcelImport((s) => s.pending);
  const close = useExcelImport((s) => s.close);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  if (!pending) return null;
  const chosen = pending.sops.map((_, i) => i).filter((i) => !skipped.has(i));
  const toggle = (index: number) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <Dialog
      title={fill(t.excelTitle, { file: pending.fileName })}
      onClose={close}
      wide
      testId="excel-import"
    >
      {pending.sops.length === 0 && <p className="app-empty">{t.excelNothing}</p>}
      <ul className="app-excel-list">
        {pending.sops.map(({ document, report }, index) => (
          <li key={index} data-testid="excel-sop">
            <label className="app-check">
              <input type="checkbox" checked={!skipped.has(index)} onChange={() => toggle(index)} />
              {document.identity.logo && (
                <img
                  className="app-excel-logo"
                  src={logoDataUrl(document.identity.logo)}
                  alt={t.excelLogo}
                  data-testid="excel-logo"
                />
              )}
              <strong>{report.name || document.identity.name || t.untitled}</strong>
              <span className="app-muted">
                {fill(t.excelSummary, {
                  steps: document.steps.length,
                  executors: document.executors.length,
                  sheets: report.sheets.join(', '),
                })}
              </span>
            </label>
            {report.recognised.length > 0 && (
              <ul className="app-excel-recognised">
                {report.recognised.map((line, i) => (
                  <li key={i}>✓ {line}</li>
                ))}
              </ul>
            )}
            {report.warnings.length > 0 && (
              <ul className="app-excel-warnings">
                {report.warnings.map((warning, i) => (
                  <li key={i}>{describeWarning(warning)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {pending.notes.length > 0 && (
        <ul className="app-excel-warnings">
          {pending.notes.map((note, i) => (
            <li key={i}>{describeWarning(note)}</li>
          ))}
        </ul>
      )}
      <DialogButtons
        onCancel={close}
        action={{
          label: fill(t.excelImport, { count: chosen.length }),
          disabled: chosen.length === 0,
          testId: 'excel-import-submit',
          onClick: () => void importReviewed(chosen),
        }}
      />
    </Dialog>
  );
}
