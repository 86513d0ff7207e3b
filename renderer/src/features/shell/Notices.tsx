// Short messages after an action (exported, saved, failed): a live region at the bottom corner.

import { useStrings } from '../../i18n';
import { shellStrings } from './strings';
import { useShell } from './ui-store';

export function Notices() {
  const t = useStrings(shellStrings);
  const notices = useShell((s) => s.notices);
  const dismiss = useShell((s) => s.dismiss);
  return (
    <div className="app-notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`app-notice app-notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="app-icon-button"
            aria-label={t.dismiss}
            onClick={() => dismiss(notice.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
