// When the library file cannot be used (damaged, from a newer version …): the library's message,
// and with the user's consent, setting the broken file aside to start an empty library. When only
// the automatic daily copy failed, that is said instead (the library itself works).

import { useEffect, useState } from 'react';
import type { LibraryStatus } from '../../../../shared/model/library';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { notifyError, reporting } from '../../ui/notices';
import { libraryStrings } from './strings';

export function LibraryProblem({ onFixed }: { onFixed: () => void }) {
  const t = useStrings(libraryStrings);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  useEffect(() => {
    call('library:status').then(setStatus).catch(notifyError);
  }, []);
  if (status?.backupProblem) {
    return (
      <div className="app-problem" role="alert" data-testid="library-backup-problem">
        <p>{fill(t.backupProblem, { message: status.backupProblem })}</p>
      </div>
    );
  }
  if (!status?.problem) return null;

  const moveAside = async () => {
    if (!window.confirm(t.brokenConfirm)) return;
    const moved = await reporting(async () => {
      const { movedTo } = await call('library:moveAsideBroken');
      return fill(t.brokenMoved, { file: movedTo });
    });
    if (!moved) return;
    setStatus({ ...status, problem: null });
    onFixed();
  };

  return (
    <div className="app-problem" role="alert" data-testid="library-problem">
      <p>{status.problem.message}</p>
      <button type="button" className="app-danger" onClick={() => void moveAside()}>
        {t.brokenMoveAside}
      </button>
    </div>
  );
}
