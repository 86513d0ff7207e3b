// Runs the Permenpan checks on the open document at most every DELAY_MS, on its latest version:
// typing stays smooth on long SOPs, and the panel still catches up during a long burst of edits.
// The first run waits for the editor to show, so opening a long SOP is not held up by it. Times
// are counted in the organisation's working day (Pengaturan › Jam kerja per hari).

import { useEffect, useRef, useState } from 'react';
import type { SopDocument } from '../../../../shared/model';
import { runChecks } from '../../../../shared/rules';
import type { CheckReport } from '../../../../shared/rules';
import { useWorkdayHours } from '../../app/organisation';
import { useEditor } from '../../state/store';

const DELAY_MS = 250;

/** A report with what it was made from: the document and the working day (hours) it counted. */
export type CheckedReport = { report: CheckReport; document: SopDocument; hoursPerDay: number };

/** The latest report, or null before the first run. */
export function useChecks(): CheckedReport | null {
  const document = useEditor((s) => s.document);
  const hoursPerDay = useWorkdayHours();
  const [checked, setChecked] = useState<CheckedReport | null>(null);
  const latest = useRef(document);
  latest.current = document;
  const stale = checked?.document !== document || checked.hoursPerDay !== hoursPerDay;
  // Keyed on `stale`, not on the document: further edits do not push the pending run back.
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(
      () => {
        const current = latest.current;
        setChecked({ report: runChecks(current, { hoursPerDay }), document: current, hoursPerDay });
      },
      checked === null ? 0 : DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [stale, checked, hoursPerDay]);
  return checked;
}
