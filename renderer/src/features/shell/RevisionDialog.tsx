// Simpan and Sahkan: both write a revision with a note; Sahkan also freezes it as approved.

import { useState } from 'react';
import { fill, useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { Dialog } from './Dialog';
import { approveSop, saveRevision } from './session';
import { shellStrings } from './strings';
import { errorText, useShell } from './ui-store';

export function RevisionDialog({ mode }: { mode: 'saveRevision' | 'approve' }) {
  const t = useStrings(shellStrings);
  const close = useShell((s) => s.closeDialog);
  const notify = useShell((s) => s.notify);
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const approve = mode === 'approve';

  const submit = async () => {
    setWorking(true);
    try {
      const info = approve ? await approveSop(note) : await saveRevision(note);
      if (info === null) {
        const reason = editorStore.getState().saveError ?? t.statusError;
        notify('error', fill(t.notSaved, { reason }));
      } else {
        notify('info', fill(approve ? t.approved : t.revisionSaved, { number: info.number }));
        close();
      }
    } catch (error) {
      notify('error', errorText(error));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog
      title={approve ? t.approveDialogTitle : t.saveDialogTitle}
      onClose={close}
      testId="revision-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p>{approve ? t.approveDialogText : t.saveDialogText}</p>
        <label className="app-field">
          <span>{t.note}</span>
          <textarea
            autoFocus
            rows={3}
            value={note}
            placeholder={t.notePlaceholder}
            data-testid="revision-note"
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <div className="app-dialog-buttons">
          <button type="button" onClick={close}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="app-primary"
            disabled={working}
            data-testid="revision-submit"
          >
            {approve ? t.approve : t.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
