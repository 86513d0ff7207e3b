// When the library file cannot be used (damaged, from a newer version …): the library's message,
// and with the user's consent, setting the broken file aside to start an empty library.

import { useEffect, useState } from 'react';
import type { LibraryStatus } from '../../../../shared/model/library';
import { call } from '../../api';
import { fill, useStrings } from '../../i18n';
import { errorText, useShell } from '../shell/ui-store';
import { libraryStrings } from './strings';

export function LibraryProblem({ onFixed }: { onFixed: () => void }) {
  const t = useStrings(libraryStrings);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  useEffect(() => {
    call('library:status')
      .then(setStatus)
      .catch((error: unknown) => useShell.getState().notify('error', errorText(error)));
  }, []);
  if (!status?.problem) return null;

  const moveAside = async () => {
    if (!window.confirm(t.brokenConfirm)) return;
    try {
      const { movedTo } = await call('library:moveAsideBroken');
      useShell.getState().notify('info', fill(t.brokenMoved, { file: movedTo }));
      setStatus({ ...status, problem: null });
      onFixed();
    } catch (error) {
      useShell.getState().notify('error', errorText(error));
    }
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
