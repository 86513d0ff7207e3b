// Runs the Permenpan checks on the open document at most every DELAY_MS, on its latest version:
// typing stays smooth on long SOPs, and the panel still catches up during a long burst of edits.
// The first run waits for the editor to show, so opening a long SOP is not held up by it.

import { useEffect, useRef, useState } from 'react';
import type { SopDocument } from '../../../../shared/model';
import { runChecks } from '../../../../shared/rules';
import type { CheckReport } from '../../../../shared/rules';
import { useEditor } from '../../state/store';

const DELAY_MS = 250;

export type CheckedReport = { report: CheckReport; document: SopDocument };

/** The latest report, or null before the first run. */
export function useChecks(): CheckedReport | null {
  const document = useEditor((s) => s.document);
  const [checked, setChecked] = useState<CheckedReport | null>(null);
  const latest = useRef(document);
  latest.current = document;
  const stale = checked?.document !== document;
  // Keyed on `stale`, not on the document: further edits do not push the pending run back.
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(
      () => {
        const current = latest.current;
        setChecked({ report: runChecks(current), document: current });
      },
      checked === null ? 0 : DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [stale, checked]);
  return checked;
}
