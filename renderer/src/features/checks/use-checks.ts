// Runs the Permenpan checks on the open document a moment after the last edit, so typing stays
// smooth on long SOPs while the panel still follows the document.

import { useEffect, useState } from 'react';
import type { SopDocument } from '../../../../shared/model';
import { runChecks } from '../../../../shared/rules';
import type { CheckReport } from '../../../../shared/rules';
import { useEditor } from '../../state/store';

const DELAY_MS = 250;

export type CheckedReport = { report: CheckReport; document: SopDocument };

export function useChecks(): CheckedReport {
  const document = useEditor((s) => s.document);
  const [checked, setChecked] = useState<CheckedReport>(() => ({
    report: runChecks(document),
    document,
  }));
  useEffect(() => {
    if (checked.document === document) return;
    const timer = setTimeout(() => setChecked({ report: runChecks(document), document }), DELAY_MS);
    return () => clearTimeout(timer);
  }, [document, checked.document]);
  return checked;
}
