// Telaah: the bureau returns an SOP to its unit with a note (required) or accepts it; the server
// records the review on the SOP's latest revision.

import { useId, useState } from 'react';
import type { RegisterRow } from '../../../../shared/model/server';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/error-text';
import { notify } from '../../ui/notices';
import { registerStrings } from './strings';
import { serverStatusStrings } from '../../ui/server-status-strings';

type ReviewDialogProps = { row: RegisterRow; onClose: () => void; onReviewed: () => void };

export function ReviewDialog({ row, onClose, onReviewed }: ReviewDialogProps) {
  const t = useStrings(registerStrings);
  const words = useStrings(serverStatusStrings);
  const noteId = useId();
  const [note, setNote] = useState(row.status === 'returned' ? '' : row.reviewNote);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const review = async (status: 'returned' | 'accepted') => {
    if (status === 'returned' && note.trim() === '') {
      setProblem(t.noteRequired);
      return;
    }
    setBusy(true);
    try {
      const reviewed = await call('server:review', row.id, status, note.trim());
      notify('info', fill(t.reviewed, { name: reviewed.name, status: words[reviewed.status] }));
      onReviewed();
      onClose();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t.reviewTitle} onClose={onClose} testId="review-dialog">
      <p>{fill(t.reviewIntro, { name: row.name, unit: row.unit, revision: row.revision })}</p>
      <div className="app-field app-field-wide">
        <label htmlFor={noteId}>{t.note}</label>
        <textarea
          id={noteId}
          rows={5}
          value={note}
          placeholder={t.notePlaceholder}
          data-testid="review-note"
          aria-invalid={problem === t.noteRequired}
          onChange={(e) => {
            setNote(e.target.value);
            setProblem('');
          }}
        />
      </div>
      {problem && (
        <p className="app-field-error" role="alert" data-testid="review-problem">
          {problem}
        </p>
      )}
      <div className="app-dialog-buttons">
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="review-return"
          onClick={() => void review('returned')}
        >
          {t.returnSop}
        </button>
        <button
          type="button"
          className="app-primary"
          disabled={busy}
          data-testid="review-accept"
          onClick={() => void review('accepted')}
        >
          {t.acceptSop}
        </button>
      </div>
    </Dialog>
  );
}
