// The open SOP's standing with the organisation server in the header, beside its approval: the
// status word (with a mark when the bureau left a note); pressed, it shows everything: the word,
// the bureau's note, who reviewed it and when, the decree. Only with a server set; read again
// after every saved revision, send and pull.

import { useEffect, useState } from 'react';
import type { LocalServerStatus } from '../../../../shared/model/server';
import { useServerSettings } from '../../app/server';
import { useServerSync } from '../../app/server-sync';
import { useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { useEditor } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { serverStatusStrings } from '../../ui/server-status-strings';
import { ServerStatusBadge } from '../../ui/ServerStatusBadge';
import { shellStrings } from './strings';

export function ServerStatus() {
  const t = useStrings(shellStrings);
  const words = useStrings(serverStatusStrings);
  const status = useOpenSopStatus();
  const [shown, setShown] = useState(false);
  if (status === null) return null;
  return (
    <>
      <button
        type="button"
        className="app-header-server"
        title={`${words[status.state]}: ${t.serverStatusOpen}`}
        data-testid="editor-server-button"
        onClick={() => setShown(true)}
      >
        <span className="app-visually-hidden">{words.label}: </span>
        <span className={`app-server-chip app-server-${status.state}`}>
          <span aria-hidden="true">☁ </span>
          <span className="app-header-server-word">{words[status.state]}</span>
          {status.note && <span aria-label={t.serverNote}> ✎</span>}
        </span>
      </button>
      {shown && (
        <Dialog
          title={t.serverStatusTitle}
          onClose={() => setShown(false)}
          testId="server-status-dialog"
        >
          <ServerStatusBadge status={status} layout="block" testId="editor-server-status" />
          <div className="app-dialog-buttons">
            <button type="button" className="app-primary" onClick={() => setShown(false)}>
              {t.close}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

function useOpenSopStatus(): LocalServerStatus | null {
  const server = useServerSettings();
  const libraryId = useEditor((s) => s.libraryId);
  const revisions = useEditor((s) => s.summary?.revisionCount);
  const synced = useServerSync((s) => s.version);
  const [status, setStatus] = useState<LocalServerStatus | null>(null);
  const configured = Boolean(server?.url);
  useEffect(() => {
    setStatus(null);
    if (!configured || libraryId === null) return;
    let current = true;
    call('server:status', libraryId)
      .then((found) => current && setStatus(found))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [configured, libraryId, revisions, synced]);
  return status;
}
