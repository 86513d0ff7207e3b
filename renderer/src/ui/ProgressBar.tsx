// The progress bar of a long job with its cancel button (Batal), above the notices.

import { fill, useStrings } from '../i18n';
import { cancelJob, useProgress } from './progress';
import { uiStrings } from './strings';
import './progress.css';

export function ProgressBar() {
  const t = useStrings(uiStrings);
  const job = useProgress((s) => s.job);
  if (!job) return null;
  const percent = Math.round((100 * job.done) / Math.max(1, job.total));
  return (
    <div className="app-progress" role="status" data-testid="job-progress">
      <span>{fill(t.progressLabel, { label: job.label, percent })}</span>
      <progress max={100} value={percent} aria-label={job.label} />
      <button type="button" data-testid="job-cancel" onClick={cancelJob}>
        {t.cancel}
      </button>
    </div>
  );
}
