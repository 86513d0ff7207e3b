// The open SOP's standing with the organisation server in the header, beside its approval: the
// status word, the bureau's note, who reviewed it and when, the decree. Only with a server set;
// read again after every save of a revision, send and pull.

import { useEffect, useState } from 'react';
import type { LocalServerStatus } from '../../../../shared/model/server';
import { useServerSettings } from '../../app/server';
import { useServerSync } from '../../app/server-sync';
import { call } from '../../platform/api';
import { useEditor } from '../../state/store';
import { ServerStatusBadge } from '../../ui/ServerStatusBadge';

export function ServerStatus() {
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
  if (status === null) return null;
  return <ServerStatusBadge status={status} layout="line" testId="editor-server-status" />;
}
