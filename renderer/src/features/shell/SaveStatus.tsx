// The autosave indicator in the header: Tersimpan / Menyimpan… / Belum tersimpan / Gagal menyimpan
// (with the reason and a retry). Fixed width, so the header never jumps while it changes.

import { useStrings } from '../../i18n';
import { useEditor } from '../../state/store';
import { saveDraftNow } from '../../app/session';
import { shellStrings } from './strings';

export function SaveStatus() {
  const t = useStrings(shellStrings);
  const status = useEditor((s) => s.saveStatus);
  const dirty = useEditor((s) => s.dirty);
  const error = useEditor((s) => s.saveError);

  if (status === 'error') {
    return (
      <span
        className="app-save app-save-error"
        data-testid="save-status"
        role="alert"
        title={error ?? ''}
      >
        ⚠ {t.statusError}
        <button type="button" className="app-link-button" onClick={() => void saveDraftNow()}>
          {t.retry}
        </button>
      </span>
    );
  }
  const [text, kind] =
    status === 'saving'
      ? [t.statusSaving, 'saving']
      : dirty
        ? [t.statusPending, 'pending']
        : [t.statusSaved, 'saved'];
  return (
    <span
      className={`app-save app-save-${kind}`}
      data-testid="save-status"
      data-state={kind}
      role="status"
    >
      {kind === 'saved' ? '✓' : '●'} {text}
    </span>
  );
}
