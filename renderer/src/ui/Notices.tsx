// The notices of the app: a live region at the bottom corner.

import { useStrings } from '../i18n';
import { useNotices } from './notices';
import { uiStrings } from './strings';
import './notices.css';

export function Notices() {
  const t = useStrings(uiStrings);
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
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
