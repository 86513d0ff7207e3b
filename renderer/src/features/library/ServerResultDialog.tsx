// What Kirim ke Biro or Tarik pembaruan did, per SOP: revisions sent, already on the server,
// refused (a newer revision on the server: pull first) or failed; for a pull, the statuses and
// notes that changed (the bureau's note under each) and the new revisions with their differences
// from the draft, each with the revision history's compare view (pulled revision → draft); every
// SOP of a pull opens in the editor with its Buka.

import { useEffect, useState } from 'react';
import type { SopDiff } from '../../../../shared/model/diff';
import type { PublishOutcome, PullOutcome } from '../../../../shared/model/server';
import { useServerSync } from '../../app/server-sync';
import { openSop } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { notifyError } from '../../ui/notices';
import { serverStatusStrings } from '../../ui/server-status-strings';
import { DiffView } from './DiffView';
import { libraryServerStrings } from './server-strings';
import './library.css';

export function ServerResultDialog() {
  const result = useServerSync((s) => s.result);
  const close = useShell((s) => s.closeDialog);
  const t = useStrings(libraryServerStrings);
  if (result === null) return null;
  return result.kind === 'publish' ? (
    <Dialog title={t.publishTitle} onClose={close} testId="publish-result">
      <PublishReport outcomes={result.outcomes} />
      <CloseButton onClose={close} />
    </Dialog>
  ) : (
    <Dialog title={t.pullTitle} onClose={close} wide testId="pull-result">
      <PullReport outcome={result.outcome} notes={result.notes} />
      <CloseButton onClose={close} />
    </Dialog>
  );
}

function CloseButton({ onClose }: { onClose: () => void }) {
  const t = useStrings(libraryServerStrings);
  return (
    <div className="app-dialog-buttons">
      <button type="button" className="app-primary" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}

function PublishReport({ outcomes }: { outcomes: PublishOutcome[] }) {
  const t = useStrings(libraryServerStrings);
  if (outcomes.length === 0) return <p className="app-empty">{t.publishNothing}</p>;
  const count = (state: PublishOutcome['state']) =>
    outcomes.filter((outcome) => outcome.state === state).length;
  const what = (outcome: PublishOutcome) => {
    switch (outcome.state) {
      case 'sent':
        return fill(t.sent, { count: outcome.sent });
      case 'up-to-date':
        return t.upToDate;
      case 'stale':
        return fill(t.stale, { message: outcome.message });
      case 'failed':
        return fill(t.failed, { message: outcome.message });
    }
  };
  return (
    <>
      <p>
        {fill(t.publishSummary, {
          sent: count('sent'),
          same: count('up-to-date'),
          refused: count('stale'),
          failed: count('failed'),
        })}
      </p>
      <ul className="app-server-report">
        {outcomes.map((outcome) => (
          <li
            key={outcome.id}
            data-testid="publish-outcome"
            data-state={outcome.state}
            className={`app-server-outcome-${outcome.state}`}
          >
            <strong>{outcome.name}</strong>: {what(outcome)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Buka of an SOP in the pull's result: the dialog closes and the SOP opens in the editor. */
function OpenButton({ id, name }: { id: string; name: string }) {
  const t = useStrings(libraryServerStrings);
  const open = () => {
    useShell.getState().closeDialog();
    openSop(id).catch(notifyError);
  };
  return (
    <button
      type="button"
      title={fill(t.openHint, { name })}
      aria-label={fill(t.openHint, { name })}
      data-testid="pull-open"
      onClick={open}
    >
      {t.open}
    </button>
  );
}

type PullReportProps = { outcome: PullOutcome; notes: Record<string, string> };

function PullReport({ outcome, notes }: PullReportProps) {
  const t = useStrings(libraryServerStrings);
  const words = useStrings(serverStatusStrings);
  const [open, setOpen] = useState<string | null>(null);
  if (outcome.updated.length === 0 && outcome.revisions.length === 0) {
    return <p className="app-empty">{t.pullNothing}</p>;
  }
  return (
    <div className="app-server-report">
      {outcome.updated.length > 0 && (
        <section>
          <h3>{t.statusesChanged}</h3>
          <ul>
            {outcome.updated.map((sop) => (
              <li key={sop.id} data-testid="pull-sop" data-id={sop.id} data-status={sop.status}>
                <div className="app-server-report-line">
                  <span data-testid="pull-status">
                    <strong>{sop.name}</strong>: {words[sop.status]}
                  </span>
                  <OpenButton id={sop.id} name={sop.name} />
                </div>
                {notes[sop.id] && (
                  <p className="app-server-report-note" data-testid="pull-note">
                    <span className="app-visually-hidden">{t.bureauNote}: </span>
                    <span aria-hidden="true">✎ </span>
                    {notes[sop.id]}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcome.revisions.length > 0 && (
        <section>
          <h3>{t.newRevisions}</h3>
          <ul>
            {outcome.revisions.map((sop) => (
              <li key={sop.id} data-testid="pull-revision">
                <div className="app-server-report-line">
                  <span>
                    <strong>{sop.name}</strong>:{' '}
                    {sop.differences > 0
                      ? fill(t.newRevision, { revision: sop.revision, count: sop.differences })
                      : fill(t.sameAsDraft, { revision: sop.revision })}
                  </span>
                  <span className="app-server-report-buttons">
                    <button
                      type="button"
                      data-testid="pull-compare"
                      aria-expanded={open === sop.id}
                      onClick={() => setOpen(open === sop.id ? null : sop.id)}
                    >
                      {open === sop.id ? t.hideCompare : t.compare}
                    </button>
                    <OpenButton id={sop.id} name={sop.name} />
                  </span>
                </div>
                {open === sop.id && (
                  <PulledCompare id={sop.id} name={sop.name} revision={sop.revision} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function PulledCompare({ id, name, revision }: { id: string; name: string; revision: number }) {
  const t = useStrings(libraryServerStrings);
  const [diff, setDiff] = useState<SopDiff | null>(null);
  useEffect(() => {
    call('library:compare', id, revision, 'draft').then(setDiff).catch(notifyError);
  }, [id, revision]);
  return (
    <section className="app-compare" data-testid="pull-diff">
      <h4>{fill(t.compareTitle, { name, revision })}</h4>
      {diff ? <DiffView diff={diff} /> : <p className="app-muted">…</p>}
    </section>
  );
}
