// The Periksa side panel: the findings of the Permenpan checks, live, grouped by severity; a click
// jumps to the cell or field. The total time of the SOP heads the panel.

import { memo } from 'react';
import type { SopDocument } from '../../../../shared/model';
import { formatFindingLocation, formatHours, formatMinutesRange } from '../../../../shared/rules';
import type { CheckReport, Finding, Severity } from '../../../../shared/rules';
import { fill, useLanguage, useStrings } from '../../i18n';
import { revealFinding } from './reveal';
import { checksStrings } from './strings';
import { useChecks } from './use-checks';
import './checks.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'hint'];

export function ChecksPanel({ onClose }: { onClose: () => void }) {
  const t = useStrings(checksStrings);
  const checked = useChecks();
  return (
    <aside className="app-checks" aria-label={t.title} data-testid="checks-panel">
      <header className="app-panel-head">
        <h2>{t.title}</h2>
        <span className="app-muted" data-testid="checks-count">
          {checked && fill(t.count, { count: checked.report.findings.length })}
        </span>
        <button type="button" className="app-icon-button" aria-label={t.close} onClick={onClose}>
          ✕
        </button>
      </header>
      {checked ? (
        <CheckResults
          report={checked.report}
          document={checked.document}
          hoursPerDay={checked.hoursPerDay}
        />
      ) : (
        <p className="app-muted app-checks-wait">{t.checking}</p>
      )}
    </aside>
  );
}

type ResultsProps = { report: CheckReport; document: SopDocument; hoursPerDay: number };

function CheckResults({ report, document, hoursPerDay }: ResultsProps) {
  const t = useStrings(checksStrings);
  const language = useLanguage((s) => s.language);
  const { total, findings } = report;
  const notes = [
    total.loops && t.totalLoops,
    total.uncounted.length > 0 && fill(t.totalUncounted, { count: total.uncounted.length }),
    !total.reachesEnd && document.steps.length > 0 && t.totalNoEnd,
  ].filter(Boolean);
  return (
    <>
      <div className="app-total" data-testid="total-time">
        <span>{t.totalTime}</span>
        <strong>
          {document.steps.length === 0 ? '–' : formatMinutesRange(total, { hoursPerDay }, language)}
        </strong>
        <small data-testid="total-basis">
          {fill(t.totalBasis, { hours: formatHours(hoursPerDay) })}
        </small>
        {notes.length > 0 && <small>{notes.join('; ')}</small>}
      </div>
      <div className="app-checks-body">
        {findings.length === 0 && <p className="app-ok">{t.noFindings}</p>}
        {SEVERITIES.map((severity) => (
          <FindingGroup
            key={severity}
            severity={severity}
            title={t[severity]}
            findings={findings.filter((f) => f.severity === severity)}
            document={document}
          />
        ))}
      </div>
    </>
  );
}

type GroupProps = {
  severity: Severity;
  title: string;
  findings: Finding[];
  document: SopDocument;
};

const FindingGroup = memo(function FindingGroup({
  severity,
  title,
  findings,
  document,
}: GroupProps) {
  if (findings.length === 0) return null;
  return (
    <section className={`app-finding-group app-${severity}`}>
      <h3>
        <span className="app-severity-dot" aria-hidden="true" /> {title}{' '}
        <span className="app-badge">{findings.length}</span>
      </h3>
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.id}-${index}`}>
            <button
              type="button"
              className="app-finding"
              data-testid="finding"
              data-rule={finding.id}
              onClick={() => revealFinding(finding.location)}
            >
              <span className="app-finding-where">
                {formatFindingLocation(finding.location, document)}
              </span>
              <span className="app-finding-message">{finding.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
