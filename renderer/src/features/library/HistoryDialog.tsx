// Riwayat revisi: the revisions of the open SOP (number, time, author, note, approved), a compare
// view between any two versions (or a revision and the current draft), opening on what changed
// last, and restore.

import { useEffect, useState } from 'react';
import type { SopDiff } from '../../../../shared/model/diff';
import type { RevisionInfo } from '../../../../shared/model/library';
import { loadRecord, saveDraftNow } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { fill, useLanguage, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { useEditor } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { notifyError, reporting } from '../../ui/notices';
import { latestChange } from './compare';
import type { Ref } from './compare';
import { DiffView } from './DiffView';
import { formatTimestamp } from './format';
import { libraryStrings } from './strings';
import './library.css';

export function HistoryDialog() {
  const t = useStrings(libraryStrings);
  const language = useLanguage((s) => s.language);
  const close = useShell((s) => s.closeDialog);
  const libraryId = useEditor((s) => s.libraryId);
  const changedRevision = useEditor((s) =>
    s.summary?.unapprovedChanges ? s.summary.approvedRevision : null,
  );
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [pair, setPair] = useState<[Ref, Ref] | null>(null);
  const [diff, setDiff] = useState<SopDiff | null>(null);

  useEffect(() => {
    if (libraryId === null) return;
    saveDraftNow()
      .then(() => call('library:revisions', libraryId))
      .then((list) => {
        setRevisions([...list].sort((a, b) => b.number - a.number));
        setPair(latestChange(list));
      })
      .catch(notifyError);
  }, [libraryId]);

  useEffect(() => {
    if (libraryId === null || pair === null) return;
    setDiff(null);
    call('library:compare', libraryId, pair[0], pair[1]).then(setDiff).catch(notifyError);
  }, [libraryId, pair]);

  const restore = async (number: number) => {
    if (libraryId === null || !window.confirm(fill(t.restoreConfirm, { number }))) return;
    const restored = await reporting(async () => {
      await saveDraftNow();
      const result = await call('library:restoreRevision', libraryId, number);
      loadRecord(result);
      return fill(t.restoredRevision, { number });
    });
    if (restored) close();
  };

  const draftLabel =
    changedRevision === null ? t.draftVersion : fill(t.draftChanges, { revision: changedRevision });
  const refLabel = (ref: Ref) => (ref === 'draft' ? draftLabel : fill(t.revision, { number: ref }));
  const refs: Ref[] = ['draft', ...(revisions ?? []).map((r) => r.number)];

  return (
    <Dialog title={t.historyTitle} onClose={close} wide testId="history-dialog">
      {revisions === null ? (
        <p className="app-muted">…</p>
      ) : revisions.length === 0 ? (
        <p className="app-empty">{t.historyEmpty}</p>
      ) : (
        <div className="app-history">
          <ol className="app-revisions">
            {revisions.map((revision) => (
              <li key={revision.number} data-testid="revision">
                <div>
                  <strong>{fill(t.revision, { number: revision.number })}</strong>{' '}
                  {revision.approvedAt && (
                    <span className="app-status app-status-approved">{t.approvedBadge}</span>
                  )}
                  <div className="app-muted">
                    {formatTimestamp(revision.createdAt, language)}
                    {revision.author && ` · ${fill(t.by, { author: revision.author })}`}
                  </div>
                  {revision.note && <div className="app-revision-note">{revision.note}</div>}
                </div>
                <div className="app-row-actions">
                  <button type="button" onClick={() => setPair([revision.number, 'draft'])}>
                    {t.compareWithDraft}
                  </button>
                  <button type="button" onClick={() => void restore(revision.number)}>
                    {t.restoreRevision}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <section className="app-compare" aria-label={t.compareTitle}>
            <h3>{t.compareTitle}</h3>
            <div className="app-compare-pick">
              {([0, 1] as const).map((side) => (
                <label key={side}>
                  {side === 0 ? t.before : t.after}{' '}
                  <select
                    value={String(pair?.[side] ?? 'draft')}
                    data-testid={side === 0 ? 'compare-before' : 'compare-after'}
                    onChange={(e) => {
                      const value: Ref =
                        e.target.value === 'draft' ? 'draft' : Number(e.target.value);
                      const current: [Ref, Ref] = pair ?? ['draft', 'draft'];
                      setPair(side === 0 ? [value, current[1]] : [current[0], value]);
                    }}
                  >
                    {refs.map((ref) => (
                      <option key={String(ref)} value={String(ref)}>
                        {refLabel(ref)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {pair && (diff ? <DiffView diff={diff} /> : <p className="app-muted">…</p>)}
          </section>
        </div>
      )}
    </Dialog>
  );
}
