// Simpan and Sahkan: both write a revision with a note; Sahkan also freezes it as approved.

import { useState } from 'react';
import { approveSop, saveRevision } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { useCommandText } from '../../commands/text';
import { fill, useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { notify, notifyError } from '../../ui/notices';
import { shellStrings } from './strings';

export function RevisionDialog({ mode }: { mode: 'saveRevision' | 'approve' }) {
  const t = useStrings(shellStrings);
  const text = useCommandText();
  const close = useShell((s) => s.closeDialog);
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
      notifyError(error);
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
        <DialogButtons
          onCancel={close}
          action={{
            label: text(approve ? 'approve' : 'saveRevision').button,
            disabled: working,
            testId: 'revision-submit',
          }}
        />
      </form>
    </Dialog>
  );
}
